package dev.servicedesk.projects.internal;

import java.time.Instant;

import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.Visibility;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "groups")
public class Group {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "parent_id")
    private Long parentId;

    private String name;
    private String path;

    @Column(name = "full_path")
    private String fullPath;

    private String visibility;
    private String description;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Group() {
    }

    public Group(Long parentId, String name, String path, String fullPath, Visibility visibility, String description) {
        this.parentId = parentId;
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

    public Long getParentId() {
        return parentId;
    }

    public String getFullPath() {
        return fullPath;
    }

    public Visibility visibility() {
        return Visibility.parse(visibility);
    }

    public GroupView view() {
        return new GroupView(id, parentId, name, path, fullPath, visibility(), description, createdAt);
    }
}
