package dev.servicedesk.issues;

import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.issues.internal.IssueQueries;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's issue list with GitLab's filters; confidential issues only for Reporter+ and their authors. */
@Service
@Transactional(readOnly = true)
public class IssueListService {

    private final IssueQueries queries;
    private final AccessPolicy policy;

    IssueListService(IssueQueries queries, AccessPolicy policy) {
        this.queries = queries;
        this.policy = policy;
    }

    public IssuePage search(Actor actor, long projectId, IssueFilter filter) {
        ProjectAccess access = policy.readableProject(actor, projectId);
        boolean seesConfidential = access.canTriageIssues();
        long userId = actor.signedIn() ? actor.userId() : -1;
        Map<IssueState, Long> counts = queries.countByState(projectId, filter, seesConfidential, userId);
        return new IssuePage(queries.find(projectId, filter, seesConfidential, userId),
                counts.get(IssueState.OPENED), counts.get(IssueState.CLOSED), filter.page(), filter.perPage());
    }
}
