package dev.servicedesk.issues.internal;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Component;

/** Loads an issue together with what the caller may do with it; 404 when they may not see it. */
@Component
public class IssueLoader {

    private final IssueRepository issues;
    private final AccessPolicy policy;

    IssueLoader(IssueRepository issues, AccessPolicy policy) {
        this.issues = issues;
        this.policy = policy;
    }

    public LoadedIssue readable(Actor actor, long projectId, int iid) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        Issue issue = issues.findByProjectIdAndIid(projectId, iid).orElseThrow(() -> new NotFoundException("Issue"));
        if (!access.canReadIssue(issue.isConfidential(), issue.getAuthorId())) {
            throw new NotFoundException("Issue");
        }
        return new LoadedIssue(access, issue);
    }

    /** Title, description, close, reopen: Reporter+ or the author. */
    public LoadedIssue updatable(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = readable(actor, projectId, iid);
        if (!loaded.access().canUpdateIssue(loaded.issue().isConfidential(), loaded.issue().getAuthorId())) {
            throw new ForbiddenException("You need at least the Reporter role, or to be the author, to change this issue");
        }
        return loaded;
    }

    /** Labels, assignees, confidentiality, move: Reporter+. */
    public LoadedIssue triageable(Actor actor, long projectId, int iid) {
        LoadedIssue loaded = readable(actor, projectId, iid);
        if (!loaded.access().canTriageIssues()) {
            throw new ForbiddenException("You need at least the Reporter role to do this");
        }
        return loaded;
    }

    public record LoadedIssue(ProjectAccess access, Issue issue) {
    }
}
