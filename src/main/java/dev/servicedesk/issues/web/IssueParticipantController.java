package dev.servicedesk.issues.web;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.IssueParticipantService;
import dev.servicedesk.issues.ParticipantChange;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The issue page's external participants panel: add and remove, with the same rules as {@code /add_email}. */
@Controller
@RequestMapping("/-/project/{project}/issues/{iid:\\d+}/participants")
class IssueParticipantController {

    private final ProjectService projects;
    private final IssueParticipantService participants;

    IssueParticipantController(ProjectService projects, IssueParticipantService participants) {
        this.projects = projects;
        this.participants = participants;
    }

    @PostMapping
    String add(Actor actor, @PathVariable String project, @PathVariable int iid,
               @RequestParam(defaultValue = "") String emails, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        ParticipantChange change = participants.add(actor, access.project().id(), iid, List.of(emails));
        if (change.hasProblems()) {
            // Shown next to the field, with what was typed, so the refused addresses can be fixed.
            redirect.addFlashAttribute("participantError", change.problemText());
            redirect.addFlashAttribute("participantDraft", emails);
        }
        if (!change.changed().isEmpty()) {
            redirect.addFlashAttribute("notice", "Added " + String.join(", ", change.changed()) + ".");
        }
        return IssueController.redirectToIssue(access, iid) + "#participants";
    }

    @PostMapping("/remove")
    String remove(Actor actor, @PathVariable String project, @PathVariable int iid,
                  @RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        ParticipantChange change = participants.remove(actor, access.project().id(), iid, List.of(email));
        if (change.hasProblems()) {
            redirect.addFlashAttribute("participantError", change.problemText());
        } else {
            redirect.addFlashAttribute("notice", "Removed " + String.join(", ", change.changed()) + ".");
        }
        return IssueController.redirectToIssue(access, iid) + "#participants";
    }
}
