package dev.servicedesk.issues;

import java.util.Optional;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueRepository;
import dev.servicedesk.issues.internal.Note;
import dev.servicedesk.issues.internal.NoteRepository;
import dev.servicedesk.issues.internal.QuickActions;
import dev.servicedesk.issues.internal.SystemNotes;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The issue side of a conversation held by mail, for the mail modules (no user is acting, so
 * no access checks here: the callers decided already who may write, MAIL_SAFETY item 12).
 */
@Service
@Transactional(readOnly = true)
public class EmailConversationService {

    private final IssueRepository issues;
    private final NoteRepository notes;
    private final SystemNotes systemNotes;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    EmailConversationService(IssueRepository issues, NoteRepository notes, SystemNotes systemNotes, UserService users,
                             ApplicationEventPublisher events, JdbcClient jdbc) {
        this.issues = issues;
        this.notes = notes;
        this.systemNotes = systemNotes;
        this.users = users;
        this.events = events;
        this.jdbc = jdbc;
    }

    public Optional<IssueView> find(long issueId) {
        return issues.findById(issueId).map(Issue::view);
    }

    /** The issue itself or, when it was moved (maybe several times), the copy that lives on. */
    public Optional<IssueView> current(long issueId) {
        Optional<Issue> issue = issues.findById(issueId);
        for (int hops = 0; issue.isPresent() && issue.get().getMovedToId() != null && hops < 100; hops++) {
            issue = issues.findById(issue.get().getMovedToId());
        }
        return issue.map(Issue::view);
    }

    /** The Message-ID of the customer's mail that created the issue (or the issue it was moved from), if it came by mail. */
    public Optional<String> originalMessageId(long issueId) {
        return jdbc.sql("""
                        select service_desk_message_id from issues
                        where (id = ? or moved_to_id = ?) and service_desk_message_id is not null order by id limit 1""")
                .params(issueId, issueId).query(String.class).optional();
    }

    public Optional<NoteView> findNote(long noteId) {
        return notes.findById(noteId).map(Note::view);
    }

    /**
     * A reply by mail becomes a public note: written by the member whose address it came from
     * ({@code memberUserId}), else by the Support Bot on behalf of {@code externalAuthorEmail}.
     * Quick actions are taken out, never run. Publishes {@link NoteAdded}, so the other
     * participants get it by mail.
     */
    @Transactional
    public NoteView addReply(long issueId, String body, String externalAuthorEmail, Long memberUserId) {
        Issue issue = issues.findById(issueId).orElseThrow(() -> new IllegalArgumentException("no issue " + issueId));
        String text = QuickActions.parse(IssueService.checkText("body", body)).remainingText();
        long author = memberUserId != null ? memberUserId : users.supportBotId();
        Note note = notes.save(Note.fromEmail(issueId, author, text, memberUserId != null ? null : externalAuthorEmail));
        issue.touch();
        events.publishEvent(new NoteAdded(note.getId(), issueId, issue.getProjectId(), author, false, false));
        return note.view();
    }

    /**
     * Reopens a closed issue because someone outside answered (the project setting "reopen issue
     * on external participant note"); the bot says why in an internal note.
     */
    @Transactional
    public boolean reopenForReply(long issueId, String why) {
        Issue issue = issues.findById(issueId).orElseThrow(() -> new IllegalArgumentException("no issue " + issueId));
        if (issue.state() != IssueState.CLOSED || issue.getMovedToId() != null) {
            return false;
        }
        long bot = users.supportBotId();
        issue.reopen();
        systemNotes.add(issue, bot, "reopened");
        Note note = notes.save(Note.comment(issueId, bot, why, true));
        events.publishEvent(new NoteAdded(note.getId(), issueId, issue.getProjectId(), bot, true, false));
        return true;
    }
}
