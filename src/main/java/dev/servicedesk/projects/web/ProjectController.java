package dev.servicedesk.projects.web;

import java.util.List;
import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class ProjectController {

    private static final Set<String> FIELDS = Set.of("namespaceId", "name", "path", "visibility", "description");

    private final ProjectService projects;
    private final GroupService groups;

    ProjectController(ProjectService projects, GroupService groups) {
        this.projects = projects;
        this.groups = groups;
    }

    @GetMapping("/projects/new")
    String newProject(Actor actor, @RequestParam(name = "namespace_id", required = false) Long namespaceId, Model model) {
        CreateProjectForm form = new CreateProjectForm();
        form.setNamespaceId(namespaceId);
        return showForm(actor, form, model);
    }

    @PostMapping("/projects")
    String create(Actor actor, @ModelAttribute("form") CreateProjectForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            ProjectView project = projects.create(actor, form.toNewProject());
            redirect.addFlashAttribute("notice", "Project '" + project.name() + "' was created.");
            return "redirect:/" + project.fullPath();
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, FIELDS);
            return showForm(actor, form, model);
        }
    }

    private String showForm(Actor actor, CreateProjectForm form, Model model) {
        List<GroupView> namespaces = groups.withMembership(actor).stream()
                .filter(group -> groups.get(actor, group.id()).canCreateProject())
                .toList();
        if (actor.admin()) {
            namespaces = groups.all(actor);
        }
        model.addAttribute("namespaces", namespaces);
        model.addAttribute("form", form);
        return "projects/new_project";
    }
}
