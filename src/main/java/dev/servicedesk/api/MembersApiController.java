package dev.servicedesk.api;

import java.util.List;
import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.internal.ApiJsonMapper;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.MemberJson;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.MemberView;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A project's direct members, as GitLab's {@code /projects/:id/members} lists them. */
@RestController
@RequestMapping("/api/v4/projects/{id}/members")
class MembersApiController {

    private final MembershipService members;
    private final UserService users;
    private final ApiLookup lookup;
    private final ApiJsonMapper json;

    MembersApiController(MembershipService members, UserService users, ApiLookup lookup, ApiJsonMapper json) {
        this.members = members;
        this.users = users;
        this.lookup = lookup;
        this.json = json;
    }

    @GetMapping
    List<MemberJson> list(Actor actor, @PathVariable String id, ApiParams params, HttpServletRequest request,
                          HttpServletResponse response) {
        ProjectAccess access = lookup.project(actor, id);
        Pagination pagination = Pagination.of(params);
        List<MemberView> direct = members.ofProject(actor, access.project().id()).stream().filter(MemberView::direct).toList();
        pagination.writeHeaders(request, response, direct.size());
        List<MemberView> page = ApiJsonMapper.page(direct, pagination.page(), pagination.perPage());
        Map<Long, UserView> userViews = users.findAllById(page.stream().map(MemberView::userId).toList());
        return page.stream().map(member -> json.member(member, userViews.get(member.userId()))).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    MemberJson add(Actor actor, @PathVariable String id, ApiParams params) {
        ApiLookup.signedIn(actor);
        ProjectAccess access = lookup.project(actor, id);
        MemberView member = members.addToProject(actor, access.project().id(), params.requiredLong("user_id"),
                level(params.requiredLong("access_level")));
        return json.member(member, users.getById(member.userId()));
    }

    @PutMapping("/{userId}")
    MemberJson change(Actor actor, @PathVariable String id, @PathVariable long userId, ApiParams params) {
        ApiLookup.signedIn(actor);
        ProjectAccess access = lookup.project(actor, id);
        members.changeProjectRole(actor, access.project().id(), userId, level(params.requiredLong("access_level")));
        return members.ofProject(actor, access.project().id()).stream()
                .filter(member -> member.userId() == userId && member.direct()).findFirst()
                .map(member -> json.member(member, users.getById(userId)))
                .orElseThrow(() -> new NotFoundException("Member"));
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Actor actor, @PathVariable String id, @PathVariable long userId) {
        ApiLookup.signedIn(actor);
        members.removeFromProject(actor, lookup.project(actor, id).project().id(), userId);
    }

    private static AccessLevel level(long value) {
        try {
            return AccessLevel.of((int) value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("access_level", "access_level does not have a valid value");
        }
    }
}
