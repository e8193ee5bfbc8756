package dev.servicedesk.api;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.api.internal.ApiJsonMapper;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.json.GroupJson;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.NewGroup;
import dev.servicedesk.projects.Visibility;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v4/groups")
class GroupsApiController {

    private final GroupService groups;
    private final ApiLookup lookup;
    private final ApiJsonMapper json;

    GroupsApiController(GroupService groups, ApiLookup lookup, ApiJsonMapper json) {
        this.groups = groups;
        this.lookup = lookup;
        this.json = json;
    }

    @GetMapping
    List<GroupJson> list(Actor actor, ApiParams params, HttpServletRequest request, HttpServletResponse response) {
        Pagination pagination = Pagination.of(params);
        String search = params.string("search");
        List<GroupView> visible = groups.visible(actor).stream()
                .filter(group -> search == null || group.fullPath().toLowerCase().contains(search.toLowerCase())
                        || group.name().toLowerCase().contains(search.toLowerCase()))
                .toList();
        pagination.writeHeaders(request, response, visible.size());
        return ApiJsonMapper.page(visible, pagination.page(), pagination.perPage()).stream().map(this::toJson).toList();
    }

    @GetMapping("/{id}")
    GroupJson get(Actor actor, @PathVariable String id) {
        return toJson(lookup.group(actor, id).group());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    GroupJson create(Actor actor, ApiParams params) {
        ApiLookup.signedIn(actor);
        GroupView group = groups.create(actor, new NewGroup(params.required("name"), params.required("path"),
                params.longValue("parent_id"), Visibility.parse(params.string("visibility")), params.string("description", "")));
        return toJson(group);
    }

    private GroupJson toJson(GroupView group) {
        return json.group(group, group.fullPath().replace("/", " / "));
    }
}
