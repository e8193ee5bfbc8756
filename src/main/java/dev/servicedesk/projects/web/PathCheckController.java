package dev.servicedesk.projects.web;

import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.FullPath;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.internal.PathRegistry;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live validation for the path fields of the new group and new project forms: says while typing
 * whether a path is valid and free. The server checks again on submit.
 */
@RestController
class PathCheckController {

    private final GroupService groups;
    private final PathRegistry paths;

    PathCheckController(GroupService groups, PathRegistry paths) {
        this.groups = groups;
        this.paths = paths;
    }

    @GetMapping("/-/paths/check")
    Map<String, Object> check(Actor actor, @RequestParam(name = "parent_id", required = false) Long parentId,
                              @RequestParam(defaultValue = "") String path) {
        if (!actor.signedIn()) {
            throw new NotFoundException("Page");
        }
        try {
            FullPath parent = parentId == null ? null : new FullPath(groups.get(actor, parentId).group().fullPath());
            FullPath full = FullPath.of(parent, path);
            paths.requireFree(full);
            return Map.of("valid", true, "message", "/" + full.value() + " is available");
        } catch (InvalidInputException e) {
            return Map.of("valid", false, "message", e.getMessage());
        }
    }
}
