package dev.servicedesk.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admin area's start page. It lives here rather than in accounts because it counts users,
 * groups and projects, and accounts must not depend on projects (which depends on accounts).
 */
@Controller
class AdminOverviewController {

    private final UserService users;
    private final GroupService groups;
    private final ProjectService projects;

    AdminOverviewController(UserService users, GroupService groups, ProjectService projects) {
        this.users = users;
        this.groups = groups;
        this.projects = projects;
    }

    @GetMapping("/admin")
    String overview(Actor actor, Model model) {
        model.addAttribute("userCount", users.list().size());
        model.addAttribute("groupCount", groups.all(actor).size());
        model.addAttribute("projectCount", projects.all(actor).size());
        return "admin/index";
    }
}
