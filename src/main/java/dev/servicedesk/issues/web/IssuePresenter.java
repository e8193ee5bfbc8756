package dev.servicedesk.issues.web;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.LabelView;
import dev.servicedesk.issues.NoteView;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Looks up, in one query each, the users and labels a page of issues or notes mentions. */
@Component
class IssuePresenter {

    private final UserService users;
    private final LabelService labels;

    IssuePresenter(UserService users, LabelService labels) {
        this.users = users;
        this.labels = labels;
    }

    void addNames(Model model, Collection<IssueView> issues, Collection<NoteView> notes) {
        Set<Long> userIds = new HashSet<>();
        Set<Long> labelIds = new HashSet<>();
        for (IssueView issue : issues) {
            userIds.add(issue.authorId());
            userIds.addAll(issue.assigneeIds());
            labelIds.addAll(issue.labelIds());
        }
        notes.forEach(note -> userIds.add(note.authorId()));
        Map<Long, UserView> userMap = users.findAllById(userIds);
        Map<Long, LabelView> labelMap = labels.byId(labelIds);
        model.addAttribute("users", userMap);
        model.addAttribute("labelsById", labelMap);
    }

    void addNames(Model model, IssueView issue, List<NoteView> notes) {
        addNames(model, List.of(issue), notes);
    }
}
