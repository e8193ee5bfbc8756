package dev.servicedesk.issues.web;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.IssueTriageService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.issues.PostedNote;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The forms on the issue page: comment, labels, assignees, confidentiality, move. Each redirects back with a flash message. */
@Controller
@RequestMapping("/-/project/{project}/issues/{iid:\\d+}")
class IssueActionController {

    private final ProjectService projects;
    private final NoteService notes;
    private final IssueTriageService triage;
    private final IssueService issues;
    private final FormUploads formUploads;

    IssueActionController(ProjectService projects, NoteService notes, IssueTriageService triage, IssueService issues,
                          FormUploads formUploads) {
        this.formUploads = formUploads;
        this.projects = projects;
        this.notes = notes;
        this.triage = triage;
        this.issues = issues;
    }

    @PostMapping("/notes")
    String comment(Actor actor, @PathVariable String project, @PathVariable int iid, @RequestParam(defaultValue = "") String body,
                   @RequestParam(defaultValue = "false") boolean internal,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        // Only someone who may comment gets to store files here (404 for an issue they may not see).
        if (!issues.getWithAccess(actor, access.project().id(), iid).canComment()) {
            throw new dev.servicedesk.common.ForbiddenException("Sign in to comment");
        }
        String text = body;
        try {
            text = formUploads.append(actor, access.project().id(), body, files);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("fileError", e.getMessage());
            redirect.addFlashAttribute("draft", body);
            return IssueController.redirectToIssue(access, iid);
        }
        try {
            PostedNote posted = notes.post(actor, access.project().id(), iid, text, internal);
            NoteView note = posted.note();
            if (!posted.problems().isEmpty()) {
                redirect.addFlashAttribute("alert", String.join(" ", posted.problems()));
            }
            String anchor = note == null ? "" : "#note_" + note.id();
            return IssueController.redirectToIssue(access, iid) + anchor;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
            redirect.addFlashAttribute("draft", text);
            return IssueController.redirectToIssue(access, iid);
        }
    }

    @PostMapping("/labels")
    String labels(Actor actor, @PathVariable String project, @PathVariable int iid,
                  @RequestParam(name = "labelIds", required = false) List<Long> labelIds, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        triage.setLabels(actor, access.project().id(), iid, labelIds == null ? List.of() : labelIds);
        redirect.addFlashAttribute("notice", "Labels were updated.");
        return IssueController.redirectToIssue(access, iid);
    }

    @PostMapping("/assignees")
    String assignees(Actor actor, @PathVariable String project, @PathVariable int iid,
                     @RequestParam(name = "assigneeIds", required = false) List<Long> assigneeIds, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        try {
            triage.setAssignees(actor, access.project().id(), iid, assigneeIds == null ? List.of() : assigneeIds);
            redirect.addFlashAttribute("notice", "Assignees were updated.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return IssueController.redirectToIssue(access, iid);
    }

    /**
     * Making a Service Desk issue public shows its creator's address to everyone who can see the
     * project, so that needs {@code confirmDisclosure=true}, which only the confirmation page sends.
     */
    @PostMapping("/confidential")
    String confidential(Actor actor, @PathVariable String project, @PathVariable int iid,
                        @RequestParam boolean confidential, @RequestParam(defaultValue = "false") boolean confirmDisclosure,
                        RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        if (!confidential && !confirmDisclosure && IssueController.disclosesAddress(issues.get(actor, access.project().id(), iid))) {
            return IssueController.redirectToIssue(access, iid) + "/confidential/confirm";
        }
        triage.setConfidential(actor, access.project().id(), iid, confidential);
        redirect.addFlashAttribute("notice", confidential ? "The issue is now confidential." : "The issue is now visible to everyone who can see the project.");
        return IssueController.redirectToIssue(access, iid);
    }

    @PostMapping("/move")
    String move(Actor actor, @PathVariable String project, @PathVariable int iid,
                @RequestParam(name = "toProjectId", required = false) Long toProjectId, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        if (toProjectId == null) {
            redirect.addFlashAttribute("alert", "Choose the project to move the issue to.");
            return IssueController.redirectToIssue(access, iid);
        }
        try {
            IssueView moved = issues.move(actor, access.project().id(), iid, toProjectId);
            ProjectAccess target = projects.get(actor, moved.projectId());
            redirect.addFlashAttribute("notice", "The issue was moved here from " + access.project().fullPath() + "#" + iid + ".");
            return IssueController.redirectToIssue(target, moved.iid());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
            return IssueController.redirectToIssue(access, iid);
        }
    }
}
