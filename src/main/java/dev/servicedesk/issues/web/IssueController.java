package dev.servicedesk.issues.web;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.IssueAccessView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueTriageService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /<project>/-/issues/<iid>}: the issue page, editing, closing and reopening. */
@Controller
@RequestMapping("/-/project/{project}/issues/{iid:\\d+}")
class IssueController {

    private final ProjectService projects;
    private final IssueService issues;
    private final IssueTriageService triage;
    private final IssuePageModel pageModel;

    IssueController(ProjectService projects, IssueService issues, IssueTriageService triage, IssuePageModel pageModel) {
        this.projects = projects;
        this.issues = issues;
        this.triage = triage;
        this.pageModel = pageModel;
    }

    @GetMapping
    String show(Actor actor, @PathVariable String project, @PathVariable int iid, Model model) {
        pageModel.fill(actor, projectId(actor, project), iid, model);
        return "issues/show";
    }

    @GetMapping("/edit")
    String edit(Actor actor, @PathVariable String project, @PathVariable int iid, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        IssueAccessView issue = issues.getWithAccess(actor, access.project().id(), iid);
        if (!issue.canUpdate()) {
            throw new dev.servicedesk.common.ForbiddenException("You may not edit this issue");
        }
        EditIssueForm form = new EditIssueForm();
        form.setTitle(issue.issue().title());
        form.setDescription(issue.issue().description());
        if (issue.canTriage()) {
            form.setConfidential(issue.issue().confidential());
        }
        return showEditForm(issue, form, model);
    }

    @PostMapping("/edit")
    String update(Actor actor, @PathVariable String project, @PathVariable int iid,
                  @ModelAttribute("form") EditIssueForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        long projectId = access.project().id();
        IssueAccessView current = issues.getWithAccess(actor, projectId, iid);
        Boolean confidential = current.canTriage() ? form.getConfidential() : null;
        if (Boolean.FALSE.equals(confidential) && disclosesAddress(current.issue()) && !form.isConfirmDisclosure()) {
            result.rejectValue("confidential", "confirm", "Making this issue public shows the email address of the person "
                    + "who wrote it to everyone who can see the project. Tick the confirmation to do so.");
            return showEditForm(current, form, model);
        }
        try {
            issues.edit(actor, projectId, iid, form.getTitle(), form.getDescription());
            if (confidential != null) {
                triage.setConfidential(actor, projectId, iid, confidential);
            }
            redirect.addFlashAttribute("notice", "The issue was updated.");
            return redirectToIssue(access, iid);
        } catch (InvalidInputException e) {
            result.rejectValue(List.of("title", "description").contains(e.field()) ? e.field() : "title", "invalid", e.getMessage());
            return showEditForm(current, form, model);
        }
    }

    /** The explicit step before a Service Desk issue becomes public: it names the address that will show. */
    @GetMapping("/confidential/confirm")
    String confirmPublic(Actor actor, @PathVariable String project, @PathVariable int iid, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        IssueAccessView issue = issues.getWithAccess(actor, access.project().id(), iid);
        if (!issue.canTriage()) {
            throw new dev.servicedesk.common.ForbiddenException("You need at least the Reporter role to do this");
        }
        if (!disclosesAddress(issue.issue())) {
            return redirectToIssue(access, iid);
        }
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("issue", issue.issue());
        return "issues/confirm_public";
    }

    @PostMapping("/close")
    String close(Actor actor, @PathVariable String project, @PathVariable int iid, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        return stateChange(access, iid, redirect, "The issue was closed.",
                () -> issues.close(actor, access.project().id(), iid));
    }

    @PostMapping("/reopen")
    String reopen(Actor actor, @PathVariable String project, @PathVariable int iid, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        return stateChange(access, iid, redirect, "The issue was reopened.",
                () -> issues.reopen(actor, access.project().id(), iid));
    }

    private String stateChange(ProjectAccess access, int iid, RedirectAttributes redirect, String done, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("notice", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return redirectToIssue(access, iid);
    }

    private String showEditForm(IssueAccessView issue, EditIssueForm form, Model model) {
        model.addAttribute("access", issue.access());
        model.addAttribute("project", issue.access().project());
        model.addAttribute("issue", issue.issue());
        model.addAttribute("canTriage", issue.canTriage());
        model.addAttribute("disclosesAddress", disclosesAddress(issue.issue()));
        model.addAttribute("form", form);
        return "issues/edit";
    }

    /** A confidential issue from a customer's mail: making it public would show their address. */
    static boolean disclosesAddress(IssueView issue) {
        return issue.confidential() && issue.externalAuthorEmail() != null;
    }

    private long projectId(Actor actor, String project) {
        return projects.get(actor, RoutedPath.decode(project)).project().id();
    }

    static String redirectToIssue(ProjectAccess access, int iid) {
        return "redirect:/" + access.project().fullPath() + "/-/issues/" + iid;
    }
}
