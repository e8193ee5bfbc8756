package dev.servicedesk.issues.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.LabelView;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** {@code /<project>/-/labels}: list, create, delete. */
@Controller
@RequestMapping("/-/project/{project}/labels")
class LabelController {

    private final ProjectService projects;
    private final LabelService labels;

    LabelController(ProjectService projects, LabelService labels) {
        this.projects = projects;
        this.labels = labels;
    }

    @GetMapping
    String list(Actor actor, @PathVariable String project, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("labels", labels.list(actor, access.project().id()));
        return "issues/labels";
    }

    @PostMapping
    String create(Actor actor, @PathVariable String project, @RequestParam(defaultValue = "") String title,
                  @RequestParam(defaultValue = "") String color, @RequestParam(defaultValue = "") String description,
                  Model model, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        try {
            LabelView label = labels.create(actor, access.project().id(), title, color, description);
            redirect.addFlashAttribute("notice", "Label '" + label.title() + "' was created.");
            return "redirect:/" + access.project().fullPath() + "/-/labels";
        } catch (InvalidInputException e) {
            model.addAttribute("error", e);
            model.addAttribute("labelTitle", title);
            model.addAttribute("color", color);
            model.addAttribute("description", description);
            return list(actor, project, model);
        }
    }

    @PostMapping("/{labelId}/delete")
    String delete(Actor actor, @PathVariable String project, @PathVariable long labelId, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        labels.delete(actor, access.project().id(), labelId);
        redirect.addFlashAttribute("notice", "The label was deleted.");
        return "redirect:/" + access.project().fullPath() + "/-/labels";
    }
}
