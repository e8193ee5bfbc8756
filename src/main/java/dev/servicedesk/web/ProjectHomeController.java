package dev.servicedesk.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.issues.IssuePage;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * GitLab's {@code /<full path>}: a project's home, or a redirect to a group's page. It lives in
 * {@code web} because it shows issues too, and {@code projects} may not depend on {@code issues}.
 */
@Controller
class ProjectHomeController {

    private final ProjectService projects;
    private final GroupService groups;
    private final IssueListService issues;

    ProjectHomeController(ProjectService projects, GroupService groups, IssueListService issues) {
        this.projects = projects;
        this.groups = groups;
        this.issues = issues;
    }

    @GetMapping("/{*fullPath}")
    String show(Actor actor, @PathVariable String fullPath, Model model) {
        String path = fullPath.substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            throw new NotFoundException("Page");
        }
        ProjectAccess access;
        try {
            access = projects.get(actor, path);
        } catch (NotFoundException notAProject) {
            groups.get(actor, path);
            return "redirect:/groups/" + path;
        }
        IssuePage recent = issues.search(actor, access.project().id(),
                new IssueFilter("opened", null, null, null, null, null, "updated_at", false, 1, 5));
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("recent", recent);
        return "projects/show";
    }
}
