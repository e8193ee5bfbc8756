package dev.servicedesk.projects.internal;

import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.FullPath;
import dev.servicedesk.projects.Visibility;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Claims full paths for new groups and projects: checks names and the parent's visibility, and
 * turns a taken path into a field error, also when two requests race for it.
 */
@Component
public class PathRegistry {

    private final RouteRepository routes;

    PathRegistry(RouteRepository routes) {
        this.routes = routes;
    }

    public static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Name can't be blank");
        }
        if (name.trim().length() > 255) {
            throw new InvalidInputException("name", "Name is too long (maximum is 255 characters)");
        }
        return name.trim();
    }

    public static void checkVisibility(Visibility wanted, Visibility parent, String parentPath) {
        if (wanted.moreOpenThan(parent)) {
            throw new InvalidInputException("visibility", "Visibility " + wanted.value()
                    + " is not allowed because the group " + parentPath + " is " + parent.value());
        }
    }

    public FullPath requireFree(FullPath path) {
        if (routes.existsByPath(path.value())) {
            throw taken(path);
        }
        return path;
    }

    public void claimForGroup(FullPath path, long groupId) {
        save(path, Route.ofGroup(path.value(), groupId));
    }

    public void claimForProject(FullPath path, long projectId) {
        save(path, Route.ofProject(path.value(), projectId));
    }

    private void save(FullPath path, Route route) {
        try {
            routes.saveAndFlush(route);
        } catch (DataIntegrityViolationException e) {
            throw taken(path);
        }
    }

    private static InvalidInputException taken(FullPath path) {
        return new InvalidInputException("path", "Path '" + path.value() + "' has already been taken");
    }
}
