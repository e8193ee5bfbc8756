package dev.servicedesk.issues.internal;

import java.time.Instant;

import dev.servicedesk.issues.NoteView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "notes")
public class Note {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "issue_id")
    private long issueId;

    @Column(name = "author_id")
    private long authorId;

    private String body;
    private boolean internal;
    private boolean system;

    @Column(name = "external_author_email")
    private String externalAuthorEmail;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Note() {
    }

    private Note(long issueId, long authorId, String body, boolean internal, boolean system, String externalAuthorEmail) {
        this.issueId = issueId;
        this.authorId = authorId;
        this.body = body;
        this.internal = internal;
        this.system = system;
        this.externalAuthorEmail = externalAuthorEmail;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    public static Note comment(long issueId, long authorId, String body, boolean internal) {
        return new Note(issueId, authorId, body, internal, false, null);
    }

    /**
     * A public note from a mail: by the Support Bot on behalf of someone outside the instance
     * ({@code externalAuthorEmail}), or by a member who answered by mail (then null).
     */
    public static Note fromEmail(long issueId, long authorId, String body, String externalAuthorEmail) {
        return new Note(issueId, authorId, body, false, false, externalAuthorEmail);
    }

    /** "closed", "reopened", "added ~bug label": written by the application, shown differently. */
    public static Note system(long issueId, long authorId, String body) {
        return new Note(issueId, authorId, body, false, true, null);
    }

    /** The same note on a moved issue's copy, keeping author and time. */
    public Note copyTo(long newIssueId) {
        Note copy = new Note(newIssueId, authorId, body, internal, system, externalAuthorEmail);
        copy.createdAt = createdAt;
        copy.updatedAt = updatedAt;
        return copy;
    }

    public void edit(String newBody) {
        this.body = newBody;
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public NoteView view() {
        return new NoteView(id, issueId, authorId, body, internal, system, externalAuthorEmail, createdAt, updatedAt);
    }
}
