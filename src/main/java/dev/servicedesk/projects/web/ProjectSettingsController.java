package dev.servicedesk.projects.web;

import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.Visibility;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /<project>/edit}: the project's settings, for Maintainers (404 for everyone else, as on GitLab). */
@Controller
@RequestMapping("/-/project/{project}/edit")
class ProjectSettingsController {

    private static final Set<String> FIELDS = Set.of("name", "description", "visibility");

    private final ProjectService projects;

    ProjectSettingsController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping
    String edit(Actor actor, @PathVariable String project, Model model) {
        ProjectAccess access = maintainable(actor, project);
        ProjectSettingsForm form = new ProjectSettingsForm();
        form.setName(access.project().name());
        form.setDescription(access.project().description());
        form.setVisibility(access.project().visibility().value());
        return show(access, form, model);
    }

    @PostMapping
    String update(Actor actor, @PathVariable String project, @ModelAttribute("form") ProjectSettingsForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        ProjectAccess access = maintainable(actor, project);
        try {
            projects.update(actor, access.project().id(), form.getName(), form.getDescription(), Visibility.parse(form.getVisibility()));
            redirect.addFlashAttribute("notice", "Project '" + form.getName().trim() + "' was updated.");
            return "redirect:/" + access.project().fullPath() + "/edit";
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, FIELDS);
            return show(access, form, model);
        }
    }

    private ProjectAccess maintainable(Actor actor, String project) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        if (!access.canAdminProject()) {
            throw new NotFoundException("Project settings");
        }
        return access;
    }

    private static String show(ProjectAccess access, ProjectSettingsForm form, Model model) {
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("form", form);
        return "projects/edit";
    }
}
