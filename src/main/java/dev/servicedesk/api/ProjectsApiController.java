package dev.servicedesk.api;

import java.util.List;
import java.util.Locale;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.api.internal.ApiLookup;
import dev.servicedesk.api.internal.ApiJsonMapper;
import dev.servicedesk.api.internal.ApiParams;
import dev.servicedesk.api.internal.Pagination;
import dev.servicedesk.api.internal.ProjectJsonAssembler;
import dev.servicedesk.api.json.ProjectJson;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.NewProject;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v4/projects")
class ProjectsApiController {

    private final ProjectService projects;
    private final ServiceDeskService serviceDesk;
    private final AccessPolicy policy;
    private final ApiLookup lookup;
    private final ProjectJsonAssembler assembler;

    ProjectsApiController(ProjectService projects, ServiceDeskService serviceDesk, AccessPolicy policy, ApiLookup lookup,
                          ProjectJsonAssembler assembler) {
        this.projects = projects;
        this.serviceDesk = serviceDesk;
        this.policy = policy;
        this.lookup = lookup;
        this.assembler = assembler;
    }

    /** {@code membership=true}: only the caller's; {@code owned=true}: where they are Owner; {@code search}: in name and path. */
    @GetMapping
    List<ProjectJson> list(Actor actor, ApiParams params, HttpServletRequest request, HttpServletResponse response) {
        Pagination pagination = Pagination.of(params);
        boolean membership = Boolean.TRUE.equals(params.bool("membership"));
        boolean owned = Boolean.TRUE.equals(params.bool("owned"));
        String search = params.string("search");
        List<ProjectView> found = (membership || owned ? projects.withMembership(actor) : projects.visible(actor)).stream()
                .filter(project -> search == null || matches(project, search))
                .filter(project -> !owned || policy.project(actor, project.id()).atLeast(AccessLevel.OWNER))
                .toList();
        pagination.writeHeaders(request, response, found.size());
        return ApiJsonMapper.page(found, pagination.page(), pagination.perPage()).stream()
                .map(project -> assembler.toJson(actor, policy.project(actor, project.id())))
                .toList();
    }

    @GetMapping("/{id}")
    ProjectJson get(Actor actor, @PathVariable String id) {
        return assembler.toJson(actor, lookup.project(actor, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ProjectJson create(Actor actor, ApiParams params) {
        ApiLookup.signedIn(actor);
        String name = params.string("name");
        String path = params.string("path");
        if (name == null && path == null) {
            throw new ApiParams.MissingParameterException("name");
        }
        long namespaceId = params.requiredLong("namespace_id");
        ProjectView project = projects.create(actor, new NewProject(namespaceId, name == null ? path : name,
                path == null ? slug(name) : path, Visibility.parse(params.string("visibility")), params.string("description", "")));
        return assembler.toJson(actor, projects.get(actor, project.id()));
    }

    @PutMapping("/{id}")
    ProjectJson update(Actor actor, @PathVariable String id, ApiParams params) {
        ApiLookup.signedIn(actor);
        ProjectAccess access = lookup.project(actor, id);
        ProjectView project = access.project();
        if (params.has("name") || params.has("description") || params.has("visibility")) {
            projects.update(actor, project.id(), params.string("name", project.name()),
                    params.string("description", project.description()),
                    params.has("visibility") ? Visibility.parse(params.string("visibility")) : project.visibility());
        }
        Boolean serviceDeskEnabled = params.bool("service_desk_enabled");
        if (serviceDeskEnabled != null) {
            serviceDesk.setEnabled(actor, project.id(), serviceDeskEnabled);
        }
        return assembler.toJson(actor, projects.get(actor, project.id()));
    }

    private static boolean matches(ProjectView project, String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return project.name().toLowerCase(Locale.ROOT).contains(needle) || project.fullPath().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
    }
}
