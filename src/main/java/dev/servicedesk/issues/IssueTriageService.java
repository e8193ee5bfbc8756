package dev.servicedesk.issues;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.issues.internal.Issue;
import dev.servicedesk.issues.internal.IssueLoader;
import dev.servicedesk.issues.internal.Label;
import dev.servicedesk.issues.internal.LabelRepository;
import dev.servicedesk.issues.internal.SystemNotes;
import dev.servicedesk.projects.AccessPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Labels, assignees and confidentiality (Reporter+), each change leaving a system note. */
@Service
@Transactional
public class IssueTriageService {

    private final IssueLoader loader;
    private final LabelRepository labels;
    private final SystemNotes systemNotes;
    private final UserService users;
    private final AccessPolicy policy;

    IssueTriageService(IssueLoader loader, LabelRepository labels, SystemNotes systemNotes, UserService users,
                       AccessPolicy policy) {
        this.loader = loader;
        this.labels = labels;
        this.systemNotes = systemNotes;
        this.users = users;
        this.policy = policy;
    }

    /** Makes the issue's labels exactly {@code labelIds} (ids of this project's labels). */
    public IssueView setLabels(Actor actor, long projectId, int iid, Collection<Long> labelIds) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        Set<Long> wanted = labels.findAllById(labelIds).stream()
                .filter(label -> label.view().projectId() == projectId).map(Label::getId).collect(Collectors.toSet());
        Set<Long> current = issue.labelIds();
        changeLabels(issue, actor, titles(wanted.stream().filter(id -> !current.contains(id)).toList()),
                titles(current.stream().filter(id -> !wanted.contains(id)).toList()));
        return issue.view();
    }

    /** Adds and removes labels by title; unknown titles are ignored, as GitLab's /label does. */
    public IssueView changeLabelsByTitle(Actor actor, long projectId, int iid, Collection<String> add, Collection<String> remove) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        changeLabels(issue, actor, byTitle(projectId, add), byTitle(projectId, remove));
        return issue.view();
    }

    /**
     * Makes the issue's labels exactly these titles, creating the missing ones in the project, as
     * GitLab's API does with {@code labels=bug,urgent}.
     */
    public IssueView setLabelsByTitle(Actor actor, long projectId, int iid, Collection<String> titles) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        List<Label> wanted = ensureLabels(projectId, titles);
        Set<Long> wantedIds = wanted.stream().map(Label::getId).collect(Collectors.toSet());
        Set<Long> current = issue.labelIds();
        changeLabels(issue, actor, wanted.stream().filter(label -> !current.contains(label.getId())).toList(),
                titles(current.stream().filter(id -> !wantedIds.contains(id)).toList()));
        return issue.view();
    }

    /** Adds labels by title, creating missing ones ({@code add_labels}). */
    public IssueView addLabelsByTitle(Actor actor, long projectId, int iid, Collection<String> titles) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        changeLabels(issue, actor, ensureLabels(projectId, titles), List.of());
        return issue.view();
    }

    private List<Label> ensureLabels(long projectId, Collection<String> titles) {
        List<Label> result = new java.util.ArrayList<>();
        for (String title : new LinkedHashSet<>(titles)) {
            String clean = title.trim();
            if (clean.isEmpty()) {
                continue;
            }
            result.add(labels.findByProjectIdAndTitleIgnoreCase(projectId, clean)
                    .orElseGet(() -> labels.save(new Label(projectId, clean, "#6699cc", ""))));
        }
        return result;
    }

    public IssueView removeAllLabels(Actor actor, long projectId, int iid) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        changeLabels(issue, actor, List.of(), labels.findAllById(issue.labelIds()));
        return issue.view();
    }

    /** Makes the assignees exactly {@code userIds}; each must be a member of the project. */
    public IssueView setAssignees(Actor actor, long projectId, int iid, Collection<Long> userIds) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        Set<Long> wanted = new LinkedHashSet<>(userIds);
        for (Long userId : wanted) {
            if (policy.memberLevel(userId, projectId).isEmpty()) {
                throw new InvalidInputException("assignee_ids", "Only members of the project can be assigned");
            }
        }
        Map<Long, UserView> names = users.findAllById(union(wanted, issue.assigneeIds()));
        for (Long userId : wanted) {
            if (issue.assign(userId)) {
                systemNotes.add(issue, actor.userId(), "assigned to @" + names.get(userId).username());
            }
        }
        for (Long userId : issue.assigneeIds()) {
            if (!wanted.contains(userId) && issue.unassign(userId)) {
                systemNotes.add(issue, actor.userId(), "unassigned @" + names.get(userId).username());
            }
        }
        return issue.view();
    }

    public IssueView assignByUsername(Actor actor, long projectId, int iid, Collection<String> usernames, boolean add) {
        IssueView current = loader.triageable(actor, projectId, iid).issue().view();
        Set<Long> wanted = new LinkedHashSet<>(current.assigneeIds());
        for (String username : usernames) {
            Long userId = "me".equals(username) ? actor.userId()
                    : users.findByUsername(username).map(UserView::id).orElse(null);
            if (userId == null) {
                continue;
            }
            if (add) {
                wanted.add(userId);
            } else {
                wanted.remove(userId);
            }
        }
        return setAssignees(actor, projectId, iid, wanted);
    }

    /** Making an issue public shows the external author's address to everyone who can see it; the UI warns first. */
    public IssueView setConfidential(Actor actor, long projectId, int iid, boolean confidential) {
        Issue issue = loader.triageable(actor, projectId, iid).issue();
        if (issue.isConfidential() != confidential) {
            issue.setConfidential(confidential);
            systemNotes.add(issue, actor.userId(), confidential ? "made the issue confidential" : "made the issue visible to everyone");
        }
        return issue.view();
    }

    private void changeLabels(Issue issue, Actor actor, Collection<Label> add, Collection<Label> remove) {
        List<String> added = add.stream().filter(label -> issue.addLabel(label.getId())).map(Label::getTitle).toList();
        List<String> removed = remove.stream().filter(label -> issue.removeLabel(label.getId())).map(Label::getTitle).toList();
        StringBuilder text = new StringBuilder();
        if (!added.isEmpty()) {
            text.append("added ").append(references(added)).append(added.size() == 1 ? " label" : " labels");
        }
        if (!removed.isEmpty()) {
            text.append(text.isEmpty() ? "removed " : " and removed ").append(references(removed))
                    .append(removed.size() == 1 ? " label" : " labels");
        }
        if (!text.isEmpty()) {
            systemNotes.add(issue, actor.userId(), text.toString());
        }
    }

    private List<Label> titles(List<Long> ids) {
        return ids.isEmpty() ? List.of() : labels.findAllById(ids);
    }

    private List<Label> byTitle(long projectId, Collection<String> titles) {
        if (titles.isEmpty()) {
            return List.of();
        }
        return labels.findByProjectIdAndLowerTitleIn(projectId, titles.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    private static String references(List<String> titles) {
        return titles.stream().map(title -> title.contains(" ") ? "~\"" + title + "\"" : "~" + title)
                .collect(Collectors.joining(" "));
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
