package dev.servicedesk.projects;

import dev.servicedesk.accounts.Actor;

/**
 * What one caller may do in one project, decided once per request from their effective role
 * ({@code level}: the highest of the project's and its ancestor groups' memberships; Owner for
 * admins; null for non-members). GitLab's rules, with 404 for everything that {@link #canRead()}
 * or {@link #canReadIssue} denies.
 */
public record ProjectAccess(Actor actor, ProjectView project, AccessLevel level) {

    public boolean canRead() {
        return switch (project.visibility()) {
            case PUBLIC -> true;
            case INTERNAL -> actor.signedIn();
            case PRIVATE -> level != null;
        };
    }

    public boolean isMember() {
        return level != null;
    }

    public boolean atLeast(AccessLevel required) {
        return level != null && level.atLeast(required);
    }

    /** Any signed-in user who can see the project may open an issue, as on GitLab. */
    public boolean canCreateIssue() {
        return actor.signedIn() && canRead();
    }

    /** Confidential issues are for Reporter+ and the issue's author; everyone else gets 404. */
    public boolean canReadIssue(boolean confidential, long authorId) {
        if (!canRead()) {
            return false;
        }
        return !confidential || atLeast(AccessLevel.REPORTER) || actor.is(authorId);
    }

    public boolean canComment(boolean confidential, long authorId) {
        return actor.signedIn() && canReadIssue(confidential, authorId);
    }

    /** Edit title and description, close and reopen: Reporter+ or the author. */
    public boolean canUpdateIssue(boolean confidential, long authorId) {
        return canReadIssue(confidential, authorId) && (atLeast(AccessLevel.REPORTER) || actor.is(authorId));
    }

    /** Labels, assignees, confidentiality, move, internal notes, participants' addresses. */
    public boolean canTriageIssues() {
        return canRead() && atLeast(AccessLevel.REPORTER);
    }

    public boolean canReadInternalNotes() {
        return canTriageIssues();
    }

    public boolean canSeeServiceDeskAddress() {
        return canTriageIssues();
    }

    public boolean canDeleteIssue() {
        return atLeast(AccessLevel.OWNER);
    }

    public boolean canManageMembers() {
        return atLeast(AccessLevel.MAINTAINER);
    }

    public boolean canGrant(AccessLevel granted) {
        return canManageMembers() && (granted != AccessLevel.OWNER || atLeast(AccessLevel.OWNER));
    }

    public boolean canAdminProject() {
        return atLeast(AccessLevel.MAINTAINER);
    }
}
