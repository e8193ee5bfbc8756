package dev.servicedesk.issues.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.issues.TemplateOwner;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.GroupAccess;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Description templates at each level: {@code /<project>/-/description_templates},
 * {@code /groups/<group>/-/description_templates} (Maintainer+) and {@code /admin/description_templates}
 * (administrators). Those who may not manage a level get 404, as for other settings pages.
 */
@Controller
class DescriptionTemplatesController {

    private static final String PROJECT = "/-/project/{project}/description_templates";
    private static final String GROUP = "/-/group/{group}/description_templates";
    private static final String ADMIN = "/admin/description_templates";

    private final DescriptionTemplateService templates;
    private final ProjectService projects;
    private final GroupService groups;

    DescriptionTemplatesController(DescriptionTemplateService templates, ProjectService projects, GroupService groups) {
        this.templates = templates;
        this.projects = projects;
        this.groups = groups;
    }

    @GetMapping({PROJECT, GROUP, ADMIN})
    String list(Actor actor, @PathVariable(required = false) String project, @PathVariable(required = false) String group,
                Model model) {
        Level level = level(actor, project, group, model);
        model.addAttribute("form", new DescriptionTemplateForm());
        return page(actor, level, model);
    }

    @PostMapping({PROJECT, GROUP, ADMIN})
    String save(Actor actor, @PathVariable(required = false) String project, @PathVariable(required = false) String group,
                @ModelAttribute("form") DescriptionTemplateForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        Level level = level(actor, project, group, model);
        try {
            templates.save(actor, level.owner(), form.getId(), form.getName(), form.getContent());
            redirect.addFlashAttribute("notice", "Template '" + form.getName().strip() + "' was saved.");
            return "redirect:" + level.url();
        } catch (InvalidInputException e) {
            if (e.field() != null && (e.field().equals("name") || e.field().equals("content"))) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return page(actor, level, model);
        }
    }

    @PostMapping({PROJECT + "/{id}/delete", GROUP + "/{id}/delete", ADMIN + "/{id}/delete"})
    String delete(Actor actor, @PathVariable(required = false) String project, @PathVariable(required = false) String group,
                  @PathVariable long id, Model model, RedirectAttributes redirect) {
        Level level = level(actor, project, group, model);
        templates.delete(actor, level.owner(), id);
        redirect.addFlashAttribute("notice", "The template was deleted.");
        return "redirect:" + level.url();
    }

    private record Level(TemplateOwner owner, String url, String action) {
    }

    private Level level(Actor actor, String project, String group, Model model) {
        if (project != null) {
            ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
            if (!access.canAdminProject()) {
                throw new NotFoundException("Description templates");
            }
            model.addAttribute("access", access);
            model.addAttribute("project", access.project());
            return new Level(TemplateOwner.project(access.project().id()), "/" + access.project().fullPath() + "/-/description_templates",
                    "/-/project/" + access.project().routedPath() + "/description_templates");
        }
        if (group != null) {
            GroupAccess access = groups.get(actor, RoutedPath.decode(group));
            if (!access.atLeast(AccessLevel.MAINTAINER)) {
                throw new NotFoundException("Description templates");
            }
            model.addAttribute("group", access.group());
            String url = "/groups/" + access.group().fullPath() + "/-/description_templates";
            return new Level(TemplateOwner.group(access.group().id()), url, url);
        }
        if (!actor.admin()) {
            throw new NotFoundException("Page");
        }
        return new Level(TemplateOwner.instance(), ADMIN, ADMIN);
    }

    private String page(Actor actor, Level level, Model model) {
        model.addAttribute("templates", templates.list(actor, level.owner()));
        model.addAttribute("action", level.action());
        model.addAttribute("level", level.owner().projectId() != null ? "project" : level.owner().groupId() != null ? "group" : "instance");
        return "issues/description_templates";
    }
}
