package dev.servicedesk.issues;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueLoader;
import dev.servicedesk.issues.internal.IssueLoader.LoadedIssue;
import dev.servicedesk.issues.internal.IssueRepository;
import dev.servicedesk.issues.internal.Label;
import dev.servicedesk.issues.internal.LabelRepository;
import dev.servicedesk.issues.internal.Note;
import dev.servicedesk.issues.internal.NoteRepository;
import dev.servicedesk.issues.internal.QuickActions;
import dev.servicedesk.issues.internal.SystemNotes;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The life of an issue: create, read, edit, close, reopen, move. Every call checked against the {@link AccessPolicy}. */
@Service
@Transactional(readOnly = true)
public class IssueService {

    static final int MAX_TITLE_LENGTH = 255;
    static final int MAX_TEXT_LENGTH = 1_000_000;

    private final IssueRepository issues;
    private final NoteRepository notes;
    private final LabelRepository labels;
    private final IssueLoader loader;
    private final SystemNotes systemNotes;
    private final ProjectService projects;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final UserService users;
    private final ExternalParticipantService participants;

    IssueService(IssueRepository issues, NoteRepository notes, LabelRepository labels, IssueLoader loader,
                 SystemNotes systemNotes, ProjectService projects, AccessPolicy policy, ApplicationEventPublisher events,
                 UserService users, ExternalParticipantService participants) {
        this.participants = participants;
        this.issues = issues;
        this.notes = notes;
        this.labels = labels;
        this.loader = loader;
        this.systemNotes = systemNotes;
        this.projects = projects;
        this.policy = policy;
        this.events = events;
        this.users = users;
    }

    /** Any signed-in user who can see the project; confidentiality is theirs to choose, labels need Reporter+. */
    @Transactional
    public IssueView create(Actor actor, long projectId, NewIssue newIssue) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        if (!access.canCreateIssue()) {
            throw new ForbiddenException("Sign in to create an issue");
        }
        String title = checkTitle(newIssue.title());
        String description = checkText("description", newIssue.description());
        int iid = projects.allocateIssueIid(projectId);
        Issue issue = new Issue(projectId, iid, title, description, newIssue.confidential(), actor.userId(), null);
        if (access.canTriageIssues()) {
            for (Label label : labels.findAllById(newIssue.labelIds())) {
                if (label.view().projectId() == projectId) {
                    issue.addLabel(label.getId());
                }
            }
        }
        issue = issues.save(issue);
        events.publishEvent(new IssueCreated(issue.getId(), projectId, iid, actor.userId(), null));
        return issue.view();
    }

    /**
     * An issue from a customer's mail: authored by the Support Bot, the sender kept as external
     * author. Called by the mail pipeline, which decided already that the project takes mail.
     */
    @Transactional
    public IssueView createForServiceDesk(long projectId, String title, String description, String externalAuthorEmail,
                                          boolean confidential) {
        return createForServiceDesk(projectId, title, description, externalAuthorEmail, confidential, null);
    }

    /**
     * As above, keeping the customer's Message-ID so that a second copy of the mail is recognised.
     * Quick actions in mail from outside are removed, never run.
     */
    @Transactional
    public IssueView createForServiceDesk(long projectId, String title, String description, String externalAuthorEmail,
                                          boolean confidential, String messageId) {
        long bot = users.supportBotId();
        int iid = projects.allocateIssueIid(projectId);
        String text = QuickActions.parse(checkText("description", description)).remainingText();
        String cleanTitle = title == null || title.isBlank() ? "(no subject)" : title.strip();
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            cleanTitle = cleanTitle.substring(0, MAX_TITLE_LENGTH - 1) + "…";
        }
        Issue issue = new Issue(projectId, iid, cleanTitle, text, confidential, bot, externalAuthorEmail);
        issue.keepServiceDeskMessageId(messageId);
        issue = issues.save(issue);
        events.publishEvent(new IssueCreated(issue.getId(), projectId, iid, bot, externalAuthorEmail));
        if (externalAuthorEmail != null) {
            // The creator gets the thank-you mail, not a "you were added" mail as well.
            participants.add(issue.getId(), projectId, java.util.List.of(externalAuthorEmail), false);
        }
        return issue.view();
    }

    /** The Service Desk issue a customer's Message-ID created in this project, for the duplicate check. */
    public java.util.Optional<IssueView> findByServiceDeskMessageId(long projectId, String messageId) {
        return issues.findByProjectIdAndServiceDeskMessageId(projectId, messageId).map(Issue::view);
    }

    /** The issue, or 404 when it does not exist or the caller may not see it (confidential, private project). */
    public IssueView get(Actor actor, long projectId, int iid) {
        return loader.readable(actor, projectId, iid).issue().view();
    }

    /** The issue with what the caller may do to it, for the issue page. */
    public IssueAccessView getWithAccess(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        Issue issue = loaded.issue();
        ProjectAccess access = loaded.access();
        return new IssueAccessView(issue.view(), access,
                access.canUpdateIssue(issue.isConfidential(), issue.getAuthorId()),
                access.canComment(issue.isConfidential(), issue.getAuthorId()),
                access.canTriageIssues());
    }

    @Transactional
    public IssueView edit(Actor actor, long projectId, int iid, String title, String description) {
        Issue issue = loader.updatable(actor, projectId, iid).issue();
        String newTitle = checkTitle(title);
        String newDescription = checkText("description", description);
        IssueView before = issue.view();
        boolean titleChanged = !newTitle.equals(before.title());
        boolean descriptionChanged = !newDescription.equals(before.description());
        issue.edit(newTitle, newDescription);
        if (titleChanged) {
            systemNotes.add(issue, actor.userId(), "changed title");
        }
        if (descriptionChanged) {
            systemNotes.add(issue, actor.userId(), "changed the description");
        }
        return issue.view();
    }

    @Transactional
    public IssueView close(Actor actor, long projectId, int iid) {
        Issue issue = loader.updatable(actor, projectId, iid).issue();
        if (issue.state() == IssueState.CLOSED) {
            throw new InvalidInputException("state_event", "The issue is already closed");
        }
        closeWithNote(issue, actor.userId());
        return issue.view();
    }

    @Transactional
    public IssueView reopen(Actor actor, long projectId, int iid) {
        Issue issue = loader.updatable(actor, projectId, iid).issue();
        if (issue.state() == IssueState.OPENED) {
            throw new InvalidInputException("state_event", "The issue is already open");
        }
        if (issue.getMovedToId() != null) {
            throw new InvalidInputException("state_event", "A moved issue cannot be reopened; reopen its copy instead");
        }
        issue.reopen();
        systemNotes.add(issue, actor.userId(), "reopened");
        return issue.view();
    }

    /**
     * Moves the issue to another project where the caller is Reporter+: the copy gets the next
     * IID there, the notes and the labels that exist there by name; the original is closed with
     * a system note pointing at the copy.
     */
    @Transactional
    public IssueView move(Actor actor, long projectId, int iid, long targetProjectId) {
        LoadedIssue loaded = loader.triageable(actor, projectId, iid);
        Issue original = loaded.issue();
        if (targetProjectId == projectId) {
            throw new InvalidInputException("to_project_id", "The issue is already in this project");
        }
        if (original.getMovedToId() != null) {
            throw new InvalidInputException("to_project_id", "The issue was already moved");
        }
        ProjectAccess target = policy.readableProject(actor, targetProjectId);
        if (!target.canTriageIssues()) {
            throw new ForbiddenException("You need at least the Reporter role in " + target.project().fullPath() + " to move issues there");
        }
        Issue copy = original.copyTo(targetProjectId, projects.allocateIssueIid(targetProjectId));
        List<String> labelTitles = labels.findAllById(original.labelIds()).stream()
                .map(label -> label.getTitle().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!labelTitles.isEmpty()) {
            labels.findByProjectIdAndLowerTitleIn(targetProjectId, labelTitles).forEach(label -> copy.addLabel(label.getId()));
        }
        Issue saved = issues.save(copy);
        participants.copy(original.getId(), saved.getId());
        notes.findByIssueIdOrderByCreatedAtAscIdAsc(original.getId()).forEach(note -> notes.save(note.copyTo(saved.getId())));
        String from = loaded.access().project().fullPath() + "#" + original.getIid();
        String to = target.project().fullPath() + "#" + saved.getIid();
        systemNotes.add(saved, actor.userId(), "moved from " + from);
        original.markMovedTo(saved.getId(), actor.userId());
        systemNotes.add(original, actor.userId(), "moved to " + to);
        events.publishEvent(new IssueMoved(original.getId(), projectId, saved.getId(), targetProjectId));
        return saved.view();
    }

    /** Owners only, as on GitLab; the notes go with it. */
    @Transactional
    public void delete(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = loader.readable(actor, projectId, iid);
        if (!loaded.access().canDeleteIssue()) {
            throw new ForbiddenException("Only Owners may delete issues");
        }
        issues.delete(loaded.issue());
    }

    void closeWithNote(Issue issue, long actorId) {
        issue.close(actorId);
        systemNotes.add(issue, actorId, "closed");
        events.publishEvent(new IssueClosed(issue.getId(), issue.getProjectId(), actorId));
    }

    static String checkTitle(String title) {
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "Title can't be blank");
        }
        if (title.trim().length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "Title is too long (maximum is " + MAX_TITLE_LENGTH + " characters)");
        }
        return title.trim();
    }

    static String checkText(String field, String text) {
        String value = text == null ? "" : text;
        if (value.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInputException(field, "Text is too long (maximum is " + MAX_TEXT_LENGTH + " characters)");
        }
        return value;
    }
}
