package dev.servicedesk.projects;

/**
 * A user's membership as seen from a group or project: {@code inheritedFrom} names the ancestor
 * group whose membership applies, or is null for a direct membership.
 */
public record MemberView(long userId, String username, String name, AccessLevel accessLevel, String inheritedFrom) {

    public boolean direct() {
        return inheritedFrom == null;
    }
}
