package dev.servicedesk.projects;

import dev.servicedesk.accounts.Actor;

/**
 * What one caller may do in one group. {@code level} is the effective role (inherited from
 * ancestors; Owner for admins); {@code memberBelow} says the caller belongs to a subgroup or
 * project inside, which lets them see the group itself, as on GitLab.
 */
public record GroupAccess(Actor actor, GroupView group, AccessLevel level, boolean memberBelow) {

    public boolean canRead() {
        return switch (group.visibility()) {
            case PUBLIC -> true;
            case INTERNAL -> actor.signedIn();
            case PRIVATE -> level != null || memberBelow;
        };
    }

    public boolean atLeast(AccessLevel required) {
        return level != null && level.atLeast(required);
    }

    public boolean canCreateSubgroup() {
        return atLeast(AccessLevel.MAINTAINER);
    }

    public boolean canCreateProject() {
        return atLeast(AccessLevel.MAINTAINER);
    }

    public boolean canManageMembers() {
        return atLeast(AccessLevel.MAINTAINER);
    }

    public boolean canGrant(AccessLevel granted) {
        return canManageMembers() && (granted != AccessLevel.OWNER || atLeast(AccessLevel.OWNER));
    }

    public boolean canAdminGroup() {
        return atLeast(AccessLevel.OWNER);
    }
}
