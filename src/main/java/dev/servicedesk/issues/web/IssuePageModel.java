package dev.servicedesk.issues.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.Markdown;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.IssueAccessView;
import dev.servicedesk.issues.IssueParticipantService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.MailDeliveryProblems;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the issue page shows; the triage parts only for Reporter+. */
@Component
class IssuePageModel {

    private final IssueService issues;
    private final NoteService notes;
    private final LabelService labels;
    private final MembershipService members;
    private final ProjectService projects;
    private final AccessPolicy policy;
    private final IssuePresenter presenter;
    private final Markdown markdown;
    private final IssueParticipantService participants;
    private final ObjectProvider<MailDeliveryProblems> deliveryProblems;

    IssuePageModel(IssueService issues, NoteService notes, LabelService labels, MembershipService members,
                   ProjectService projects, AccessPolicy policy, IssuePresenter presenter, Markdown markdown,
                   IssueParticipantService participants, ObjectProvider<MailDeliveryProblems> deliveryProblems) {
        this.participants = participants;
        this.deliveryProblems = deliveryProblems;
        this.issues = issues;
        this.notes = notes;
        this.labels = labels;
        this.members = members;
        this.projects = projects;
        this.policy = policy;
        this.presenter = presenter;
        this.markdown = markdown;
    }

    void fill(Actor actor, long projectId, int iid, Model model) {
        IssueAccessView view = issues.getWithAccess(actor, projectId, iid);
        List<NoteView> thread = notes.list(actor, projectId, iid);
        presenter.addNames(model, view.issue(), thread);
        model.addAttribute("view", view);
        model.addAttribute("issue", view.issue());
        model.addAttribute("access", view.access());
        model.addAttribute("project", view.access().project());
        model.addAttribute("notes", thread);
        // Full addresses for Reporter+, masked for everyone else; the notes come masked from NoteService.
        model.addAttribute("externalAuthor", IssueParticipantService.asSeenBy(view.access(), view.issue().externalAuthorEmail()));
        model.addAttribute("participants", participants.visible(actor, projectId, iid));
        model.addAttribute("participantLimit", ExternalParticipantService.MAX_PER_ISSUE);
        model.addAttribute("participantsPerCommand", IssueParticipantService.MAX_PER_COMMAND);
        // Rendered here: Thymeleaf does not allow bean calls inside th:utext.
        model.addAttribute("descriptionHtml", markdown.toHtml(view.issue().description()));
        model.addAttribute("noteHtml", thread.stream().filter(note -> !note.system())
                .collect(Collectors.toMap(NoteView::id, note -> markdown.toHtml(note.body()))));
        if (view.canTriage()) {
            model.addAttribute("labels", labels.list(actor, projectId));
            model.addAttribute("members", members.ofProject(actor, projectId));
            model.addAttribute("moveTargets", moveTargets(actor, view.access().project()));
            // Mail the customer did not get: members must know before they wait for an answer.
            MailDeliveryProblems problems = deliveryProblems.getIfAvailable();
            model.addAttribute("deliveryProblems", problems == null ? List.of() : problems.forIssue(view.issue().id()));
        }
    }

    private List<ProjectView> moveTargets(Actor actor, ProjectView current) {
        return projects.withMembership(actor).stream()
                .filter(project -> project.id() != current.id())
                .filter(project -> policy.project(actor, project.id()).canTriageIssues())
                .toList();
    }
}
