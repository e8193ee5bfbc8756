package dev.servicedesk.issues.internal;

import java.time.Instant;

import dev.servicedesk.issues.LabelView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "labels")
public class Label {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    private String title;
    private String color;
    private String description;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Label() {
    }

    public Label(long projectId, String title, String color, String description) {
        this.projectId = projectId;
        this.title = title;
        this.color = color;
        this.description = description == null ? "" : description;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LabelView view() {
        return new LabelView(id, projectId, title, color, description);
    }
}
