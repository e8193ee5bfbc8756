package dev.servicedesk.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final ProjectService projects;
    private final GroupService groups;

    HomeController(ProjectService projects, GroupService groups) {
        this.projects = projects;
        this.groups = groups;
    }

    @GetMapping("/")
    String home(Actor actor) {
        return actor.signedIn() ? "redirect:/dashboard/projects" : "redirect:/users/sign_in";
    }

    @GetMapping("/dashboard/projects")
    String projects(Actor actor, Model model) {
        model.addAttribute("projects", projects.withMembership(actor));
        return "dashboard/projects";
    }

    @GetMapping("/dashboard/groups")
    String groups(Actor actor, Model model) {
        model.addAttribute("groups", groups.withMembership(actor));
        return "dashboard/groups";
    }
}
