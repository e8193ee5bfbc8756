package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.issues.internal.IssueQueries;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's issue list with GitLab's filters; confidential issues only for Reporter+ and their authors. */
@Service
@Transactional(readOnly = true)
public class IssueListService {

    private final IssueQueries queries;
    private final AccessPolicy policy;
    private final ProjectService projects;

    IssueListService(IssueQueries queries, AccessPolicy policy, ProjectService projects) {
        this.queries = queries;
        this.policy = policy;
        this.projects = projects;
    }

    /**
     * Issues across every project the caller can see ({@code GET /issues}); {@code scope} is GitLab's
     * {@code created_by_me} (its default), {@code assigned_to_me} or {@code all}.
     */
    public IssuePage searchAcross(Actor actor, String scope, IssueFilter filter) {
        List<Long> triage = new ArrayList<>();
        List<Long> plain = new ArrayList<>();
        for (ProjectView project : projects.visible(actor)) {
            (policy.project(actor, project.id()).canTriageIssues() ? triage : plain).add(project.id());
        }
        long userId = actor.signedIn() ? actor.userId() : -1;
        IssueQueries.Scope where = switch (scope) {
            case "all" -> new IssueQueries.Scope(null, triage, plain, userId, null, null);
            case "assigned_to_me" -> new IssueQueries.Scope(null, triage, plain, userId, null, userId);
            case "created_by_me" -> new IssueQueries.Scope(null, triage, plain, userId, userId, null);
            default -> throw new dev.servicedesk.common.InvalidInputException("scope",
                    "scope does not have a valid value (created_by_me, assigned_to_me, all)");
        };
        Map<IssueState, Long> counts = queries.countByState(where, filter);
        return new IssuePage(queries.find(where, filter), counts.get(IssueState.OPENED), counts.get(IssueState.CLOSED),
                filter.page(), filter.perPage());
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
