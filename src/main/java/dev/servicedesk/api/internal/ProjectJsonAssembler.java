package dev.servicedesk.api.internal;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.api.json.AccessJson;
import dev.servicedesk.api.json.ProjectJson;
import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.projects.GroupAccess;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/** A project's JSON with what only the database knows: its group, open issues, Service Desk state. */
@Component
public class ProjectJsonAssembler {

    private static final IssueFilter ONE_OPEN = new IssueFilter("opened", null, null, null, null, null, null, false, 1, 1);

    private final GroupService groups;
    private final IssueListService issues;
    private final ServiceDeskService serviceDesk;
    private final ApiJsonMapper json;

    ProjectJsonAssembler(GroupService groups, IssueListService issues, ServiceDeskService serviceDesk, ApiJsonMapper json) {
        this.groups = groups;
        this.issues = issues;
        this.serviceDesk = serviceDesk;
        this.json = json;
    }

    /** The address is null for callers below Reporter, as GitLab fixed after several leaks. */
    public ProjectJson toJson(Actor actor, ProjectAccess access) {
        GroupAccess group = groups.get(actor, access.project().groupId());
        long open = issues.search(actor, access.project().id(), ONE_OPEN).openedCount();
        AccessJson groupAccess = group.level() == null ? null : new AccessJson(group.level().value(), 3);
        return json.project(access, group.group(), open, serviceDesk.isEnabled(access.project().id()),
                serviceDesk.visibleAddress(access), groupAccess);
    }
}
