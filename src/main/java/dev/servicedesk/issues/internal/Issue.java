package dev.servicedesk.issues.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import dev.servicedesk.issues.IssueState;
import dev.servicedesk.issues.IssueView;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "issues")
public class Issue {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id")
    private long projectId;

    private int iid;
    private String title;
    private String description;
    private String state = IssueState.OPENED.value();
    private boolean confidential;

    @Column(name = "author_id")
    private long authorId;

    @Column(name = "external_author_email")
    private String externalAuthorEmail;

    @Column(name = "service_desk_message_id")
    private String serviceDeskMessageId;

    @Column(name = "moved_to_id")
    private Long movedToId;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_id")
    private Long closedById;

    @ElementCollection
    @CollectionTable(name = "issue_labels", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "label_id")
    private Set<Long> labelIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "issue_assignees", joinColumns = @JoinColumn(name = "issue_id"))
    @Column(name = "user_id")
    private Set<Long> assigneeIds = new HashSet<>();

    protected Issue() {
    }

    public Issue(long projectId, int iid, String title, String description, boolean confidential,
                 long authorId, String externalAuthorEmail) {
        this.projectId = projectId;
        this.iid = iid;
        this.title = title;
        this.description = description == null ? "" : description;
        this.confidential = confidential;
        this.authorId = authorId;
        this.externalAuthorEmail = externalAuthorEmail;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public void keepServiceDeskMessageId(String messageId) {
        this.serviceDeskMessageId = messageId;
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public IssueState state() {
        return IssueState.parse(state);
    }

    public void close(long byUserId) {
        if (state() == IssueState.CLOSED) {
            throw new IllegalStateException("issue is already closed");
        }
        state = IssueState.CLOSED.value();
        closedAt = Instant.now();
        closedById = byUserId;
        touch();
    }

    public void reopen() {
        if (state() == IssueState.OPENED) {
            throw new IllegalStateException("issue is already open");
        }
        state = IssueState.OPENED.value();
        closedAt = null;
        closedById = null;
        touch();
    }

    public void edit(String newTitle, String newDescription) {
        this.title = newTitle;
        this.description = newDescription == null ? "" : newDescription;
        touch();
    }

    public Set<Long> labelIds() {
        return Set.copyOf(labelIds);
    }

    public Set<Long> assigneeIds() {
        return Set.copyOf(assigneeIds);
    }

    public boolean addLabel(long labelId) {
        boolean added = labelIds.add(labelId);
        touch();
        return added;
    }

    public boolean removeLabel(long labelId) {
        boolean removed = labelIds.remove(labelId);
        touch();
        return removed;
    }

    public boolean assign(long userId) {
        boolean added = assigneeIds.add(userId);
        touch();
        return added;
    }

    public boolean unassign(long userId) {
        boolean removed = assigneeIds.remove(userId);
        touch();
        return removed;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
        touch();
    }

    /** A moved issue is closed and points at its copy in the other project. */
    public void markMovedTo(long newIssueId, long byUserId) {
        if (movedToId != null) {
            throw new IllegalStateException("issue was already moved");
        }
        movedToId = newIssueId;
        if (state() == IssueState.OPENED) {
            close(byUserId);
        }
    }

    /** The copy in the target project: same content, author and external author, open, with the next IID there. */
    public Issue copyTo(long targetProjectId, int targetIid) {
        Issue copy = new Issue(targetProjectId, targetIid, title, description, confidential, authorId, externalAuthorEmail);
        copy.assigneeIds.addAll(assigneeIds);
        return copy;
    }

    public int getIid() {
        return iid;
    }

    public Long getMovedToId() {
        return movedToId;
    }

    public void touch() {
        updatedAt = Instant.now();
    }

    public IssueView view() {
        return new IssueView(id, projectId, iid, title, description, state(), confidential, authorId, externalAuthorEmail,
                Set.copyOf(labelIds), Set.copyOf(assigneeIds), createdAt, updatedAt, closedAt, closedById, movedToId);
    }
}
