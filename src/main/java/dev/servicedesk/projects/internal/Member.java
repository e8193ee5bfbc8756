package dev.servicedesk.projects.internal;

import java.time.Instant;

import dev.servicedesk.projects.AccessLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A direct membership of a user in one group or one project. */
@Entity
@Table(name = "members")
public class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id")
    private long userId;

    @Column(name = "group_id")
    private Long groupId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "access_level")
    private int accessLevel;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Member() {
    }

    private Member(long userId, Long groupId, Long projectId, AccessLevel level) {
        this.userId = userId;
        this.groupId = groupId;
        this.projectId = projectId;
        this.accessLevel = level.value();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static Member ofGroup(long userId, long groupId, AccessLevel level) {
        return new Member(userId, groupId, null, level);
    }

    public static Member ofProject(long userId, long projectId, AccessLevel level) {
        return new Member(userId, null, projectId, level);
    }

    public long getUserId() {
        return userId;
    }

    public AccessLevel accessLevel() {
        return AccessLevel.of(accessLevel);
    }

    public void changeAccessLevel(AccessLevel level) {
        this.accessLevel = level.value();
        this.updatedAt = Instant.now();
    }
}
