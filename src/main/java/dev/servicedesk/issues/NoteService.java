package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueLoader;
import dev.servicedesk.issues.internal.IssueLoader.LoadedIssue;
import dev.servicedesk.issues.internal.Note;
import dev.servicedesk.issues.internal.NoteRepository;
import dev.servicedesk.issues.internal.QuickActions;
import dev.servicedesk.issues.internal.QuickActions.Command;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Comments and internal notes on issues, with GitLab's quick actions for members. */
@Service
@Transactional(readOnly = true)
public class NoteService {

    private final NoteRepository notes;
    private final IssueLoader loader;
    private final IssueService issues;
    private final IssueTriageService triage;
    private final IssueParticipantService participants;
    private final ApplicationEventPublisher events;

    NoteService(NoteRepository notes, IssueLoader loader, IssueService issues, IssueTriageService triage,
                IssueParticipantService participants, ApplicationEventPublisher events) {
        this.participants = participants;
        this.notes = notes;
        this.loader = loader;
        this.issues = issues;
        this.triage = triage;
        this.events = events;
    }

    /**
     * Adds a note. Quick actions on their own lines run for those allowed to do what they ask
     * (Reporter+; the author may /close and /reopen) and are taken out of the text; each leaves a
     * system note. A note that held only quick actions is not stored.
     *
     * @return the stored note, or null when only quick actions were given
     */
    @Transactional
    public NoteView add(Actor actor, long projectId, int iid, String body, boolean internal) {
        return post(actor, projectId, iid, body, internal).note();
    }

    /**
     * As {@link #add}, also telling what the quick actions refused ({@code /add_email} over the
     * limits, invalid addresses), for the page to show.
     */
    @Transactional
    public PostedNote post(Actor actor, long projectId, int iid, String body, boolean internal) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        Issue issue = loaded.issue();
        ProjectAccess access = loaded.access();
        if (!access.canComment(issue.isConfidential(), issue.getAuthorId())) {
            throw new ForbiddenException("Sign in to comment");
        }
        if (internal && !access.canReadInternalNotes()) {
            throw new ForbiddenException("You need at least the Reporter role to add internal notes");
        }
        QuickActions.Parsed parsed = QuickActions.parse(IssueService.checkText("body", body));
        if (parsed.remainingText().isBlank() && parsed.commands().isEmpty()) {
            throw new InvalidInputException("body", "Note can't be blank");
        }
        NoteView stored = null;
        if (!parsed.remainingText().isBlank()) {
            Note note = notes.save(Note.comment(issue.getId(), actor.userId(), parsed.remainingText(), internal));
            issue.touch();
            events.publishEvent(new NoteAdded(note.getId(), issue.getId(), projectId, actor.userId(), internal, false));
            stored = note.view();
        }
        List<String> problems = run(actor, loaded, parsed.commands());
        return new PostedNote(stored, problems);
    }

    /**
     * Notes in time order; internal ones only for Reporter+. Readers below Reporter see external
     * people's addresses masked, in the note's author line and in system notes ("added a@x.com").
     */
    public List<NoteView> list(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        boolean internalVisible = loaded.access().canReadInternalNotes();
        return notes.findByIssueIdOrderByCreatedAtAscIdAsc(loaded.issue().getId()).stream()
                .map(Note::view)
                .filter(note -> internalVisible || !note.internal())
                .map(note -> asSeenBy(loaded.access(), note))
                .toList();
    }

    /** One note, 404 when the caller may not see it (internal notes for Reporter+ only); addresses as in {@link #list}. */
    public NoteView get(Actor actor, long projectId, int iid, long noteId) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        return asSeenBy(loaded.access(), visibleNote(loaded, noteId).view());
    }

    private static NoteView asSeenBy(ProjectAccess access, NoteView note) {
        if (access.canTriageIssues()) {
            return note;
        }
        String body = note.system() ? dev.servicedesk.common.EmailMask.maskAll(note.body()) : note.body();
        return new NoteView(note.id(), note.issueId(), note.authorId(), body, note.internal(), note.system(),
                IssueParticipantService.asSeenBy(access, note.externalAuthorEmail()), note.createdAt(), note.updatedAt());
    }

    /** Only the author edits a note's text; edits are never mailed. */
    @Transactional
    public NoteView edit(Actor actor, long projectId, int iid, long noteId, String body) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        Note note = visibleNote(loaded, noteId);
        if (note.view().system() || !actor.is(note.view().authorId())) {
            throw new ForbiddenException("Only the author may edit a note");
        }
        String text = IssueService.checkText("body", body);
        if (text.isBlank()) {
            throw new InvalidInputException("body", "Note can't be blank");
        }
        note.edit(text);
        return note.view();
    }

    /** The author, or a Maintainer, deletes a note. */
    @Transactional
    public void delete(Actor actor, long projectId, int iid, long noteId) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        Note note = visibleNote(loaded, noteId);
        if (!actor.is(note.view().authorId()) && !loaded.access().canAdminProject()) {
            throw new ForbiddenException("Only the author or a Maintainer may delete a note");
        }
        notes.delete(note);
    }

    /** Comments (not system notes) per issue, for lists; the issues are already ones the caller may see. */
    public java.util.Map<Long, Integer> countComments(java.util.Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        notes.countCommentsByIssue(issueIds).forEach(row -> counts.put((Long) row[0], ((Number) row[1]).intValue()));
        return counts;
    }

    private Note visibleNote(LoadedIssue loaded, long noteId) {
        Note note = notes.findById(noteId).orElseThrow(() -> new dev.servicedesk.common.NotFoundException("Note"));
        NoteView view = note.view();
        if (view.issueId() != loaded.issue().getId() || (view.internal() && !loaded.access().canReadInternalNotes())) {
            throw new dev.servicedesk.common.NotFoundException("Note");
        }
        return note;
    }

    private List<String> run(Actor actor, LoadedIssue loaded, List<Command> commands) {
        List<String> problems = new ArrayList<>();
        ProjectAccess access = loaded.access();
        Issue issue = loaded.issue();
        boolean canUpdate = access.canUpdateIssue(issue.isConfidential(), issue.getAuthorId());
        boolean canTriage = access.canTriageIssues();
        long projectId = issue.getProjectId();
        int iid = issue.getIid();
        for (Command command : commands) {
            switch (command.name()) {
                case "close" -> {
                    if (canUpdate && issue.state() == IssueState.OPENED) {
                        issues.close(actor, projectId, iid);
                    }
                }
                case "reopen" -> {
                    if (canUpdate && issue.state() == IssueState.CLOSED && issue.getMovedToId() == null) {
                        issues.reopen(actor, projectId, iid);
                    }
                }
                case "label" -> {
                    if (canTriage) {
                        triage.changeLabelsByTitle(actor, projectId, iid, command.arguments(), List.of());
                    }
                }
                case "unlabel" -> {
                    if (canTriage && command.arguments().isEmpty()) {
                        triage.removeAllLabels(actor, projectId, iid);
                    } else if (canTriage) {
                        triage.changeLabelsByTitle(actor, projectId, iid, List.of(), command.arguments());
                    }
                }
                case "assign" -> {
                    if (canTriage) {
                        triage.assignByUsername(actor, projectId, iid, command.arguments(), true);
                    }
                }
                case "unassign" -> {
                    if (canTriage && command.arguments().isEmpty()) {
                        triage.setAssignees(actor, projectId, iid, new ArrayList<>());
                    } else if (canTriage) {
                        triage.assignByUsername(actor, projectId, iid, command.arguments(), false);
                    }
                }
                case "confidential" -> {
                    if (canTriage) {
                        triage.setConfidential(actor, projectId, iid, true);
                    }
                }
                case "add_email" -> {
                    if (canTriage) {
                        problems.addAll(participants.add(actor, projectId, iid, command.arguments()).problems());
                    }
                }
                case "remove_email" -> {
                    if (canTriage) {
                        problems.addAll(participants.remove(actor, projectId, iid, command.arguments()).problems());
                    }
                }
                default -> throw new IllegalStateException("unknown quick action " + command.name());
            }
        }
        return problems;
    }
}
