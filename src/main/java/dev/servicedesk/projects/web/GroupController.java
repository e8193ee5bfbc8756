package dev.servicedesk.projects.web;

import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.GroupAccess;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class GroupController {

    private static final Set<String> FIELDS = Set.of("name", "path", "visibility", "description");

    private final GroupService groups;
    private final ProjectService projects;

    GroupController(GroupService groups, ProjectService projects) {
        this.groups = groups;
        this.projects = projects;
    }

    @GetMapping("/groups/new")
    String newGroup(Actor actor, @RequestParam(name = "parent_id", required = false) Long parentId, Model model) {
        CreateGroupForm form = new CreateGroupForm();
        form.setParentId(parentId);
        return showForm(actor, form, model);
    }

    @PostMapping("/groups")
    String create(Actor actor, @ModelAttribute("form") CreateGroupForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        try {
            GroupView group = groups.create(actor, form.toNewGroup());
            redirect.addFlashAttribute("notice", "Group '" + group.name() + "' was created.");
            return "redirect:/groups/" + group.fullPath();
        } catch (InvalidInputException e) {
            FormErrors.reject(result, e, FIELDS);
            return showForm(actor, form, model);
        }
    }

    @GetMapping("/groups/{*fullPath}")
    String show(Actor actor, @PathVariable String fullPath, Model model) {
        GroupAccess access = groups.get(actor, fullPath.substring(1));
        model.addAttribute("access", access);
        model.addAttribute("group", access.group());
        model.addAttribute("subgroups", groups.subgroups(actor, access.group().id()));
        model.addAttribute("projects", projects.inGroup(actor, access.group().id()));
        return "projects/group";
    }

    private String showForm(Actor actor, CreateGroupForm form, Model model) {
        if (form.getParentId() != null) {
            model.addAttribute("parent", groups.get(actor, form.getParentId()).group());
        }
        model.addAttribute("form", form);
        return "projects/new_group";
    }
}
