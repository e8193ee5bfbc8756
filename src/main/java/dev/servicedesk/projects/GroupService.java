package dev.servicedesk.projects;

import java.util.List;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.projects.internal.Group;
import dev.servicedesk.projects.internal.GroupRepository;
import dev.servicedesk.projects.internal.Member;
import dev.servicedesk.projects.internal.MemberRepository;
import dev.servicedesk.projects.internal.PathRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class GroupService {

    private final GroupRepository groups;
    private final MemberRepository members;
    private final PathRegistry paths;
    private final AccessPolicy policy;

    GroupService(GroupRepository groups, MemberRepository members, PathRegistry paths, AccessPolicy policy) {
        this.groups = groups;
        this.members = members;
        this.paths = paths;
        this.policy = policy;
    }

    /** Any signed-in user may create a top-level group; a subgroup needs Maintainer in the parent. The creator becomes Owner. */
    @Transactional
    public GroupView create(Actor actor, NewGroup newGroup) {
        if (!actor.signedIn()) {
            throw new ForbiddenException("Sign in to create a group");
        }
        String name = PathRegistry.checkName(newGroup.name());
        Visibility visibility = newGroup.visibility() == null ? Visibility.PRIVATE : newGroup.visibility();
        FullPath fullPath;
        if (newGroup.parentId() == null) {
            fullPath = FullPath.of(null, newGroup.path());
        } else {
            GroupAccess parent = policy.readableGroup(actor, newGroup.parentId());
            if (!parent.canCreateSubgroup()) {
                throw new ForbiddenException("You need at least the Maintainer role in " + parent.group().fullPath() + " to create a subgroup");
            }
            PathRegistry.checkVisibility(visibility, parent.group().visibility(), parent.group().fullPath());
            fullPath = FullPath.of(new FullPath(parent.group().fullPath()), newGroup.path());
        }
        paths.requireFree(fullPath);
        Group group = groups.save(new Group(newGroup.parentId(), name, fullPath.lastSegment(), fullPath.value(),
                visibility, newGroup.description()));
        paths.claimForGroup(fullPath, group.getId());
        members.save(Member.ofGroup(actor.userId(), group.getId(), AccessLevel.OWNER));
        return group.view();
    }

    public GroupAccess get(Actor actor, String fullPath) {
        return policy.readableGroup(actor, fullPath);
    }

    public GroupAccess get(Actor actor, long groupId) {
        return policy.readableGroup(actor, groupId);
    }

    /**
     * The group and the groups above it, outermost first, without an access check: for settings a
     * project inherits (description templates), which the caller's own checks guard.
     */
    public List<GroupView> ancestry(long groupId) {
        java.util.LinkedList<GroupView> chain = new java.util.LinkedList<>();
        Long next = groupId;
        while (next != null && chain.size() < 100) {
            GroupView group = groups.findById(next).map(Group::view).orElse(null);
            if (group == null) {
                break;
            }
            chain.addFirst(group);
            next = group.parentId();
        }
        return List.copyOf(chain);
    }

    public List<GroupView> subgroups(Actor actor, long groupId) {
        policy.readableGroup(actor, groupId);
        return groups.findByParentIdOrderByNameAsc(groupId).stream()
                .filter(group -> policy.group(actor, group.getId()).canRead())
                .map(Group::view).toList();
    }

    /** Groups the caller is a direct member of, for the dashboard. */
    public List<GroupView> withMembership(Actor actor) {
        if (!actor.signedIn()) {
            return List.of();
        }
        return groups.findByIdInOrderByFullPathAsc(members.groupIdsOf(actor.userId())).stream().map(Group::view).toList();
    }

    /** Every group the caller may see: public ones, internal ones when signed in, and their own. */
    public List<GroupView> visible(Actor actor) {
        if (actor.admin()) {
            return groups.findAllByOrderByFullPathAsc().stream().map(Group::view).toList();
        }
        return groups.findAllByOrderByFullPathAsc().stream()
                .filter(group -> group.visibility() == Visibility.PUBLIC
                        || (group.visibility() == Visibility.INTERNAL && actor.signedIn())
                        || (actor.signedIn() && policy.group(actor, group.getId()).canRead()))
                .map(Group::view).toList();
    }

    /** Every group, for the admin area. */
    public List<GroupView> all(Actor actor) {
        if (!actor.admin()) {
            throw new ForbiddenException("Only administrators may list all groups");
        }
        return groups.findAllByOrderByFullPathAsc().stream().map(Group::view).toList();
    }
}
