package dev.servicedesk.projects;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.internal.GroupRepository;
import dev.servicedesk.projects.internal.Member;
import dev.servicedesk.projects.internal.MemberRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members of groups and projects. Maintainers manage members; only Owners may grant or touch the
 * Owner role; a group always keeps at least one Owner.
 */
@Service
@Transactional(readOnly = true)
public class MembershipService {

    private final MemberRepository members;
    private final GroupRepository groups;
    private final AccessPolicy policy;
    private final UserService users;

    MembershipService(MemberRepository members, GroupRepository groups, AccessPolicy policy, UserService users) {
        this.members = members;
        this.groups = groups;
        this.policy = policy;
        this.users = users;
    }

    @Transactional
    public MemberView addToProject(Actor actor, long projectId, long userId, AccessLevel level) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        requireGrant(access.canGrant(level), level);
        UserView user = memberCandidate(userId);
        if (members.findByUserIdAndProjectId(userId, projectId).isPresent()) {
            throw new InvalidInputException("user", user.username() + " is already a member of this project");
        }
        members.save(Member.ofProject(userId, projectId, level));
        return new MemberView(user.id(), user.username(), user.name(), level, null);
    }

    @Transactional
    public MemberView addToGroup(Actor actor, long groupId, long userId, AccessLevel level) {
        GroupAccess access = policy.readableGroup(actor, groupId);
        requireGrant(access.canGrant(level), level);
        UserView user = memberCandidate(userId);
        if (members.findByUserIdAndGroupId(userId, groupId).isPresent()) {
            throw new InvalidInputException("user", user.username() + " is already a member of this group");
        }
        members.save(Member.ofGroup(userId, groupId, level));
        return new MemberView(user.id(), user.username(), user.name(), level, null);
    }

    @Transactional
    public void changeProjectRole(Actor actor, long projectId, long userId, AccessLevel level) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Member member = members.findByUserIdAndProjectId(userId, projectId).orElseThrow(() -> new NotFoundException("Member"));
        requireGrant(access.canGrant(level) && access.canGrant(member.accessLevel()), level);
        member.changeAccessLevel(level);
    }

    @Transactional
    public void changeGroupRole(Actor actor, long groupId, long userId, AccessLevel level) {
        GroupAccess access = policy.readableGroup(actor, groupId);
        Member member = members.findByUserIdAndGroupId(userId, groupId).orElseThrow(() -> new NotFoundException("Member"));
        requireGrant(access.canGrant(level) && access.canGrant(member.accessLevel()), level);
        if (member.accessLevel() == AccessLevel.OWNER && level != AccessLevel.OWNER) {
            requireAnotherOwner(groupId);
        }
        member.changeAccessLevel(level);
    }

    @Transactional
    public void removeFromProject(Actor actor, long projectId, long userId) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Member member = members.findByUserIdAndProjectId(userId, projectId).orElseThrow(() -> new NotFoundException("Member"));
        requireGrant(access.canGrant(member.accessLevel()), member.accessLevel());
        members.delete(member);
    }

    @Transactional
    public void removeFromGroup(Actor actor, long groupId, long userId) {
        GroupAccess access = policy.readableGroup(actor, groupId);
        Member member = members.findByUserIdAndGroupId(userId, groupId).orElseThrow(() -> new NotFoundException("Member"));
        requireGrant(access.canGrant(member.accessLevel()), member.accessLevel());
        if (member.accessLevel() == AccessLevel.OWNER) {
            requireAnotherOwner(groupId);
        }
        members.delete(member);
    }

    /** Direct and inherited members of a project, each with their highest role. */
    public List<MemberView> ofProject(Actor actor, long projectId) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        List<Long> ancestry = groups.selfAndAncestorIds(access.project().groupId());
        Map<Long, MemberView> byUser = new LinkedHashMap<>();
        collect(byUser, members.findByProjectId(projectId), null);
        collectInherited(byUser, ancestry);
        return sorted(byUser);
    }

    /** Direct members of the group first, then those inherited from its ancestors, each with their highest role. */
    public List<MemberView> ofGroup(Actor actor, long groupId) {
        policy.readableGroup(actor, groupId);
        List<Long> chain = groups.selfAndAncestorIds(groupId);
        Map<Long, MemberView> byUser = new LinkedHashMap<>();
        collect(byUser, members.findByGroupIdIn(List.of(groupId)), null);
        collectInherited(byUser, chain.subList(1, chain.size()));
        return sorted(byUser);
    }

    public Optional<AccessLevel> directProjectRole(long projectId, long userId) {
        return members.findByUserIdAndProjectId(userId, projectId).map(Member::accessLevel);
    }

    private void collectInherited(Map<Long, MemberView> byUser, List<Long> groupIds) {
        for (Long groupId : groupIds) {
            List<Member> groupMembers = members.findByGroupIdIn(List.of(groupId));
            collect(byUser, groupMembers, groupPath(groupId));
        }
    }

    private void collect(Map<Long, MemberView> byUser, List<Member> found, String inheritedFrom) {
        if (found.isEmpty()) {
            return;
        }
        Map<Long, UserView> userViews = users.findAllById(found.stream().map(Member::getUserId).toList());
        for (Member member : found) {
            UserView user = userViews.get(member.getUserId());
            MemberView candidate = new MemberView(user.id(), user.username(), user.name(), member.accessLevel(), inheritedFrom);
            byUser.merge(user.id(), candidate,
                    (existing, other) -> other.accessLevel().value() > existing.accessLevel().value() ? other : existing);
        }
    }

    private String groupPath(long groupId) {
        return groups.findById(groupId).map(group -> group.getFullPath()).orElseThrow();
    }

    private static List<MemberView> sorted(Map<Long, MemberView> byUser) {
        List<MemberView> result = new ArrayList<>(byUser.values());
        result.sort(Comparator.comparing((MemberView member) -> -member.accessLevel().value()).thenComparing(MemberView::username));
        return result;
    }

    private UserView memberCandidate(long userId) {
        UserView user = users.findById(userId).orElseThrow(() -> new InvalidInputException("user", "No such user"));
        if (user.bot()) {
            throw new InvalidInputException("user", "The Support Bot cannot be a member");
        }
        return user;
    }

    private void requireAnotherOwner(long groupId) {
        if (members.countGroupOwners(groupId) <= 1) {
            throw new InvalidInputException("access_level", "A group must keep at least one Owner");
        }
    }

    private static void requireGrant(boolean allowed, AccessLevel level) {
        if (!allowed) {
            throw new ForbiddenException(level == AccessLevel.OWNER
                    ? "Only Owners may grant, change or remove the Owner role"
                    : "You need at least the Maintainer role to manage members");
        }
    }
}
