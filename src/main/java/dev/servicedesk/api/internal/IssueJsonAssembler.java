package dev.servicedesk.api.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.json.IssueJson;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.LabelView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.projects.ProjectAccess;
import org.springframework.stereotype.Component;

/** Issues to JSON with one query each for their users, labels and comment counts. */
@Component
public class IssueJsonAssembler {

    private final UserService users;
    private final LabelService labels;
    private final NoteService notes;
    private final AccessPolicy policy;
    private final ApiJsonMapper json;

    IssueJsonAssembler(UserService users, LabelService labels, NoteService notes, AccessPolicy policy, ApiJsonMapper json) {
        this.users = users;
        this.labels = labels;
        this.notes = notes;
        this.policy = policy;
        this.json = json;
    }

    public IssueJson toJson(Actor actor, IssueView issue) {
        return toJson(actor, List.of(issue)).get(0);
    }

    public List<IssueJson> toJson(Actor actor, Collection<IssueView> issues) {
        Set<Long> userIds = new HashSet<>();
        Set<Long> labelIds = new HashSet<>();
        for (IssueView issue : issues) {
            userIds.add(issue.authorId());
            userIds.addAll(issue.assigneeIds());
            if (issue.closedById() != null) {
                userIds.add(issue.closedById());
            }
            labelIds.addAll(issue.labelIds());
        }
        Map<Long, UserView> userMap = users.findAllById(userIds);
        Map<Long, LabelView> labelMap = labels.byId(labelIds);
        Map<Long, Integer> comments = notes.countComments(issues.stream().map(IssueView::id).toList());
        Map<Long, ProjectAccess> projects = new HashMap<>();
        return issues.stream().map(issue -> {
            ProjectAccess access = projects.computeIfAbsent(issue.projectId(), id -> policy.project(actor, id));
            return json.issue(issue, access.project(), access.canTriageIssues(), userMap, labelMap,
                    comments.getOrDefault(issue.id(), 0));
        }).toList();
    }
}
