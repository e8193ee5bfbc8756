package dev.servicedesk.issues;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueRepository;
import dev.servicedesk.issues.internal.Note;
import dev.servicedesk.issues.internal.NoteRepository;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues and their notes, every call checked against the project's {@link AccessPolicy}. */
@Service
@Transactional(readOnly = true)
public class IssueService {

    private static final int MAX_TITLE_LENGTH = 255;
    private static final int MAX_TEXT_LENGTH = 1_000_000;

    private final IssueRepository issues;
    private final NoteRepository notes;
    private final ProjectService projects;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    IssueService(IssueRepository issues, NoteRepository notes, ProjectService projects, AccessPolicy policy,
                 ApplicationEventPublisher events) {
        this.issues = issues;
        this.notes = notes;
        this.projects = projects;
        this.policy = policy;
        this.events = events;
    }

    @Transactional
    public IssueView create(Actor actor, long projectId, NewIssue newIssue) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canCreateIssue()) {
            throw new ForbiddenException("Sign in to create an issue");
        }
        String title = checkTitle(newIssue.title());
        String description = checkText("description", newIssue.description());
        int iid = projects.allocateIssueIid(projectId);
        Issue issue = issues.save(new Issue(projectId, iid, title, description, newIssue.confidential(), actor.userId(), null));
        events.publishEvent(new IssueCreated(issue.getId(), projectId, iid, actor.userId(), null));
        return issue.view();
    }

    /** The issue, or 404 when it does not exist or the caller may not see it (confidential, private project). */
    public IssueView get(Actor actor, long projectId, int iid) {
        return readable(actor, projectId, iid).view();
    }

    /** One page of a project's issues in one state, newest first, without what the caller may not see. */
    public List<IssueView> list(Actor actor, long projectId, IssueState state, int page, int perPage) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        long userId = actor.signedIn() ? actor.userId() : -1;
        return issues.findVisible(projectId, state.value(), access.canTriageIssues(), userId, PageRequest.of(page, perPage))
                .stream().map(Issue::view).toList();
    }

    @Transactional
    public IssueView edit(Actor actor, long projectId, int iid, String title, String description) {
        Issue issue = updatable(actor, projectId, iid);
        issue.edit(checkTitle(title), checkText("description", description));
        return issue.view();
    }

    @Transactional
    public IssueView close(Actor actor, long projectId, int iid) {
        Issue issue = updatable(actor, projectId, iid);
        if (issue.state() == IssueState.CLOSED) {
            throw new InvalidInputException("state_event", "The issue is already closed");
        }
        issue.close(actor.userId());
        addSystemNote(issue, actor.userId(), "closed");
        events.publishEvent(new IssueClosed(issue.getId(), projectId, actor.userId()));
        return issue.view();
    }

    @Transactional
    public IssueView reopen(Actor actor, long projectId, int iid) {
        Issue issue = updatable(actor, projectId, iid);
        if (issue.state() == IssueState.OPENED) {
            throw new InvalidInputException("state_event", "The issue is already open");
        }
        issue.reopen();
        addSystemNote(issue, actor.userId(), "reopened");
        return issue.view();
    }

    @Transactional
    public NoteView addNote(Actor actor, long projectId, int iid, String body, boolean internal) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Issue issue = readable(access, projectId, iid);
        if (!access.canComment(issue.isConfidential(), issue.getAuthorId())) {
            throw new ForbiddenException("Sign in to comment");
        }
        if (internal && !access.canReadInternalNotes()) {
            throw new ForbiddenException("You need at least the Reporter role to add internal notes");
        }
        String text = checkText("body", body);
        if (text.isBlank()) {
            throw new InvalidInputException("body", "Note can't be blank");
        }
        Note note = notes.save(Note.comment(issue.getId(), actor.userId(), text, internal));
        issue.touch();
        events.publishEvent(new NoteAdded(note.getId(), issue.getId(), projectId, actor.userId(), internal, false));
        return note.view();
    }

    /** Notes in time order; internal ones only for Reporter+. */
    public List<NoteView> notes(Actor actor, long projectId, int iid) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Issue issue = readable(access, projectId, iid);
        boolean internalVisible = access.canReadInternalNotes();
        return notes.findByIssueIdOrderByCreatedAtAscIdAsc(issue.getId()).stream()
                .map(Note::view)
                .filter(note -> internalVisible || !note.internal())
                .toList();
    }

    private void addSystemNote(Issue issue, long authorId, String text) {
        Note note = notes.save(Note.system(issue.getId(), authorId, text));
        events.publishEvent(new NoteAdded(note.getId(), issue.getId(), issue.getProjectId(), authorId, false, true));
    }

    private Issue readable(Actor actor, long projectId, int iid) {
        return readable(policy.readableProject(actor, projectId), projectId, iid);
    }

    private Issue readable(ProjectAccess access, long projectId, int iid) {
        Issue issue = issues.findByProjectIdAndIid(projectId, iid).orElseThrow(() -> new NotFoundException("Issue"));
        if (!access.canReadIssue(issue.isConfidential(), issue.getAuthorId())) {
            throw new NotFoundException("Issue");
        }
        return issue;
    }

    private Issue updatable(Actor actor, long projectId, int iid) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Issue issue = readable(access, projectId, iid);
        if (!access.canUpdateIssue(issue.isConfidential(), issue.getAuthorId())) {
            throw new ForbiddenException("You need at least the Reporter role, or to be the author, to change this issue");
        }
        return issue;
    }

    private static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Title can't be blank");
        }
        if (title.trim().length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "Title is too long (maximum is " + MAX_TITLE_LENGTH + " characters)");
        }
        return title.trim();
    }

    private static String checkText(String field, String text) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "Text is too long (maximum is " + MAX_TEXT_LENGTH + " characters)");
        }
        return value;
    }
}
