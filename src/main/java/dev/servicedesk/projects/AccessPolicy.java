package dev.servicedesk.projects;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.internal.Group;
import dev.servicedesk.projects.internal.GroupRepository;
import dev.servicedesk.projects.internal.MemberRepository;
import dev.servicedesk.projects.internal.Project;
import dev.servicedesk.projects.internal.ProjectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this caller do X here". Every module asks it; none decides
 * on its own. Roles are inherited down the group tree; admins act as Owners everywhere.
 */
@Service
@Transactional(readOnly = true)
public class AccessPolicy {

    private final ProjectRepository projects;
    private final GroupRepository groups;
    private final MemberRepository members;

    AccessPolicy(ProjectRepository projects, GroupRepository groups, MemberRepository members) {
        this.projects = projects;
        this.groups = groups;
        this.members = members;
    }

    public ProjectAccess project(Actor actor, long projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project"));
        return access(actor, project);
    }

    /** The project by id, or 404 when it does not exist or the caller may not see it. */
    public ProjectAccess readableProject(Actor actor, long projectId) {
        ProjectAccess access = project(actor, projectId);
        if (!access.canRead()) {
            throw new NotFoundException("Project");
        }
        return access;
    }

    public ProjectAccess readableProject(Actor actor, String fullPath) {
        Project project = projects.findByFullPathIgnoreCase(fullPath).orElseThrow(() -> new NotFoundException("Project"));
        ProjectAccess access = access(actor, project);
        if (!access.canRead()) {
            throw new NotFoundException("Project");
        }
        return access;
    }

    public GroupAccess group(Actor actor, long groupId) {
        return access(actor, groups.findById(groupId).orElseThrow(() -> new NotFoundException("Group")));
    }

    public GroupAccess readableGroup(Actor actor, long groupId) {
        return readable(group(actor, groupId));
    }

    public GroupAccess readableGroup(Actor actor, String fullPath) {
        return readable(access(actor, groups.findByFullPathIgnoreCase(fullPath).orElseThrow(() -> new NotFoundException("Group"))));
    }

    /** The user's effective role in the project (direct or inherited), if they are a member at all. */
    public java.util.Optional<AccessLevel> memberLevel(long userId, long projectId) {
        Project project = projects.findById(projectId).orElseThrow(() -> new NotFoundException("Project"));
        return java.util.Optional.ofNullable(membershipLevel(userId, project));
    }

    ProjectAccess access(Actor actor, Project project) {
        AccessLevel level = null;
        if (actor.admin()) {
            level = AccessLevel.OWNER;
        } else if (actor.signedIn()) {
            level = membershipLevel(actor.userId(), project);
        }
        return new ProjectAccess(actor, project.view(), level);
    }

    /** The highest of the user's project membership and their memberships in the project's group and its ancestors. */
    private AccessLevel membershipLevel(long userId, Project project) {
        List<Long> groupIds = groups.selfAndAncestorIds(project.getGroupId());
        Integer max = members.maxAccessLevel(userId, project.getId(), groupIds);
        return max == null ? null : AccessLevel.of(max);
    }

    GroupAccess access(Actor actor, Group group) {
        if (actor.admin()) {
            return new GroupAccess(actor, group.view(), AccessLevel.OWNER, true);
        }
        if (!actor.signedIn()) {
            return new GroupAccess(actor, group.view(), null, false);
        }
        Integer max = members.maxGroupAccessLevel(actor.userId(), groups.selfAndAncestorIds(group.getId()));
        AccessLevel level = max == null ? null : AccessLevel.of(max);
        boolean below = level == null && members.hasMembershipBelow(actor.userId(), groups.selfAndDescendantIds(group.getId()));
        return new GroupAccess(actor, group.view(), level, below);
    }

    private static GroupAccess readable(GroupAccess access) {
        if (!access.canRead()) {
            throw new NotFoundException("Group");
        }
        return access;
    }
}
