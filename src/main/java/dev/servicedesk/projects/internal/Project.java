package dev.servicedesk.projects.internal;

import java.time.Instant;

import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "projects")
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    private String name;
    private String path;

    @Column(name = "full_path")
    private String fullPath;

    private String visibility;
    private String description;

    // Written only by ProjectRepository.allocateIssueIid, never through the entity.
    @Column(name = "last_issue_iid", insertable = false, updatable = false)
    private int lastIssueIid;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Project() {
    }

    public Project(long groupId, String name, String path, String fullPath, Visibility visibility, String description) {
        this.groupId = groupId;
        this.name = name;
        this.path = path;
        this.fullPath = fullPath;
        this.visibility = visibility.value();
        this.description = description == null ? "" : description;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public void changeSettings(String newName, String newDescription, Visibility newVisibility) {
        this.name = newName;
        this.description = newDescription == null ? "" : newDescription;
        this.visibility = newVisibility.value();
        this.updatedAt = Instant.now();
    }

    public Visibility visibility() {
        return Visibility.parse(visibility);
    }

    public ProjectView view() {
        return new ProjectView(id, groupId, name, path, fullPath, visibility(), description, createdAt, updatedAt);
    }
}
