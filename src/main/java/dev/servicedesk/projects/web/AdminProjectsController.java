package dev.servicedesk.projects.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Every group and every project of the instance, whatever their visibility, for administrators. */
@Controller
class AdminProjectsController {

    private final GroupService groups;
    private final ProjectService projects;

    AdminProjectsController(GroupService groups, ProjectService projects) {
        this.groups = groups;
        this.projects = projects;
    }

    @GetMapping("/admin/groups")
    String groups(Actor actor, Model model) {
        model.addAttribute("groups", groups.all(actor));
        return "admin/groups";
    }

    @GetMapping("/admin/projects")
    String projects(Actor actor, Model model) {
        model.addAttribute("projects", projects.all(actor));
        return "admin/projects";
    }
}
