package dev.servicedesk.projects.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.RoutedPath;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.GroupAccess;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /<project>/-/project_members} and {@code /groups/<group>/-/group_members}: everyone who
 * can see the project or group sees its members; Maintainers add, change and remove them.
 */
@Controller
class MembersController {

    private final ProjectService projects;
    private final GroupService groups;
    private final MembershipService members;
    private final UserService users;

    MembersController(ProjectService projects, GroupService groups, MembershipService members, UserService users) {
        this.projects = projects;
        this.groups = groups;
        this.members = members;
        this.users = users;
    }

    @GetMapping("/-/project/{project}/project_members")
    String projectMembers(Actor actor, @PathVariable String project, Model model) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        model.addAttribute("access", access);
        model.addAttribute("project", access.project());
        model.addAttribute("members", members.ofProject(actor, access.project().id()));
        model.addAttribute("canManage", access.canManageMembers());
        model.addAttribute("grantable", grantable(access.atLeast(AccessLevel.OWNER)));
        model.addAttribute("base", "/" + access.project().fullPath() + "/-/project_members");
        return "projects/members";
    }

    @GetMapping("/-/group/{group}/group_members")
    String groupMembers(Actor actor, @PathVariable String group, Model model) {
        GroupAccess access = groups.get(actor, RoutedPath.decode(group));
        model.addAttribute("groupAccess", access);
        model.addAttribute("group", access.group());
        model.addAttribute("members", members.ofGroup(actor, access.group().id()));
        model.addAttribute("canManage", access.canManageMembers());
        model.addAttribute("grantable", grantable(access.atLeast(AccessLevel.OWNER)));
        model.addAttribute("base", "/groups/" + access.group().fullPath() + "/-/group_members");
        return "projects/members";
    }

    @PostMapping("/-/project/{project}/project_members")
    String addToProject(Actor actor, @PathVariable String project, @RequestParam(defaultValue = "") String username,
                        @RequestParam(defaultValue = "10") int accessLevel, RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        return change(redirect, "/" + access.project().fullPath() + "/-/project_members", () -> {
            UserView user = userNamed(username);
            members.addToProject(actor, access.project().id(), user.id(), AccessLevel.of(accessLevel));
            return user.username() + " was added as " + AccessLevel.of(accessLevel).label() + ".";
        });
    }

    @PostMapping("/-/group/{group}/group_members")
    String addToGroup(Actor actor, @PathVariable String group, @RequestParam(defaultValue = "") String username,
                      @RequestParam(defaultValue = "10") int accessLevel, RedirectAttributes redirect) {
        GroupAccess access = groups.get(actor, RoutedPath.decode(group));
        return change(redirect, "/groups/" + access.group().fullPath() + "/-/group_members", () -> {
            UserView user = userNamed(username);
            members.addToGroup(actor, access.group().id(), user.id(), AccessLevel.of(accessLevel));
            return user.username() + " was added as " + AccessLevel.of(accessLevel).label() + ".";
        });
    }

    @PostMapping("/-/project/{project}/project_members/{userId}")
    String updateInProject(Actor actor, @PathVariable String project, @PathVariable long userId,
                           @RequestParam(required = false) Integer accessLevel, @RequestParam(defaultValue = "false") boolean remove,
                           RedirectAttributes redirect) {
        ProjectAccess access = projects.get(actor, RoutedPath.decode(project));
        long projectId = access.project().id();
        return change(redirect, "/" + access.project().fullPath() + "/-/project_members", () -> {
            if (remove) {
                members.removeFromProject(actor, projectId, userId);
                return "The member was removed.";
            }
            members.changeProjectRole(actor, projectId, userId, AccessLevel.of(accessLevel == null ? 10 : accessLevel));
            return "The role was changed.";
        });
    }

    @PostMapping("/-/group/{group}/group_members/{userId}")
    String updateInGroup(Actor actor, @PathVariable String group, @PathVariable long userId,
                         @RequestParam(required = false) Integer accessLevel, @RequestParam(defaultValue = "false") boolean remove,
                         RedirectAttributes redirect) {
        GroupAccess access = groups.get(actor, RoutedPath.decode(group));
        long groupId = access.group().id();
        return change(redirect, "/groups/" + access.group().fullPath() + "/-/group_members", () -> {
            if (remove) {
                members.removeFromGroup(actor, groupId, userId);
                return "The member was removed.";
            }
            members.changeGroupRole(actor, groupId, userId, AccessLevel.of(accessLevel == null ? 10 : accessLevel));
            return "The role was changed.";
        });
    }

    private UserView userNamed(String username) {
        return users.findByUsername(username.trim().replaceFirst("^@", ""))
                .orElseThrow(() -> new InvalidInputException("username", "No user '" + username.trim() + "'"));
    }

    private static String change(RedirectAttributes redirect, String back, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("notice", action.get());
        } catch (InvalidInputException | ForbiddenException | IllegalArgumentException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static java.util.List<AccessLevel> grantable(boolean owner) {
        return java.util.Arrays.stream(AccessLevel.values()).filter(level -> owner || level != AccessLevel.OWNER).toList();
    }
}
