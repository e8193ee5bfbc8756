package dev.servicedesk.api.internal;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.projects.GroupAccess;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import org.springframework.stereotype.Component;

/** GitLab's {@code :id}: a numeric id or a full path ({@code demo%2Fwebsite} arrives decoded). */
@Component
public class ApiLookup {

    private final ProjectService projects;
    private final GroupService groups;

    ApiLookup(ProjectService projects, GroupService groups) {
        this.projects = projects;
        this.groups = groups;
    }

    public ProjectAccess project(Actor actor, String idOrPath) {
        return isNumeric(idOrPath) ? projects.get(actor, Long.parseLong(idOrPath)) : projects.get(actor, idOrPath);
    }

    public GroupAccess group(Actor actor, String idOrPath) {
        return isNumeric(idOrPath) ? groups.get(actor, Long.parseLong(idOrPath)) : groups.get(actor, idOrPath);
    }

    public static Actor signedIn(Actor actor) {
        if (!actor.signedIn()) {
            throw new UnauthorizedException();
        }
        return actor;
    }

    private static boolean isNumeric(String value) {
        return !value.isEmpty() && value.length() < 19 && value.chars().allMatch(Character::isDigit);
    }
}
