package dev.servicedesk.projects.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The full path a group or project answers to; unique case-insensitively across both. */
@Entity
@Table(name = "routes")
public class Route {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String path;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "project_id")
    private Long projectId;

    protected Route() {
    }

    private Route(String path, Long groupId, Long projectId) {
        this.path = path;
        this.groupId = groupId;
        this.projectId = projectId;
    }

    public static Route ofGroup(String path, long groupId) {
        return new Route(path, groupId, null);
    }

    public static Route ofProject(String path, long projectId) {
        return new Route(path, null, projectId);
    }
}
