package dev.servicedesk.api.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dev.servicedesk.accounts.TokenView;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.api.json.AccessJson;
import dev.servicedesk.api.json.CurrentUserJson;
import dev.servicedesk.api.json.GroupJson;
import dev.servicedesk.api.json.IssueJson;
import dev.servicedesk.api.json.MemberJson;
import dev.servicedesk.api.json.NamespaceJson;
import dev.servicedesk.api.json.NoteJson;
import dev.servicedesk.api.json.PermissionsJson;
import dev.servicedesk.api.json.ProjectJson;
import dev.servicedesk.api.json.ReferencesJson;
import dev.servicedesk.api.json.TokenJson;
import dev.servicedesk.api.json.UserJson;
import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.LabelView;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.MemberView;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.projects.ProjectView;
import org.springframework.stereotype.Component;

/** Turns the modules' views into GitLab's JSON shapes. */
@Component
public class ApiJsonMapper {

    private final InstanceProperties instance;

    ApiJsonMapper(InstanceProperties instance) {
        this.instance = instance;
    }

    public UserJson user(UserView user) {
        if (user == null) {
            return null;
        }
        return new UserJson(user.id(), user.username(), user.name(), user.state().value(), false, null,
                instance.url("/" + user.username()));
    }

    public CurrentUserJson currentUser(UserView user) {
        return new CurrentUserJson(user.id(), user.username(), user.name(), user.state().value(), false, null,
                instance.url("/" + user.username()), user.email(), "", user.admin(), user.bot(), user.createdAt());
    }

    public GroupJson group(GroupView group, String fullName) {
        return new GroupJson(group.id(), group.name(), group.path(), group.description(), group.visibility().value(),
                fullName, group.fullPath(), group.parentId(), instance.url("/groups/" + group.fullPath()), group.createdAt());
    }

    public ProjectJson project(ProjectAccess access, GroupView group, long openIssues, boolean serviceDeskEnabled,
                               String serviceDeskAddress, AccessJson groupAccess) {
        ProjectView project = access.project();
        NamespaceJson namespace = new NamespaceJson(group.id(), group.name(), group.path(), "group", group.fullPath(),
                group.parentId(), instance.url("/groups/" + group.fullPath()));
        AccessJson projectAccess = access.level() == null ? null : new AccessJson(access.level().value(), 3);
        return new ProjectJson(project.id(), project.description(), project.name(), group.name() + " / " + project.name(),
                project.path(), project.fullPath(), project.createdAt(), project.updatedAt(), null,
                instance.url("/" + project.fullPath()), project.visibility().value(), namespace, true, openIssues,
                serviceDeskEnabled, serviceDeskAddress, new PermissionsJson(projectAccess, groupAccess));
    }

    /**
     * @param canTriage the caller is Reporter+: only they see the external author's address
     */
    public IssueJson issue(IssueView issue, ProjectView project, boolean canTriage, Map<Long, UserView> users,
                           Map<Long, LabelView> labels, int userNotesCount) {
        List<UserJson> assignees = issue.assigneeIds().stream().sorted().map(id -> user(users.get(id))).toList();
        List<String> labelTitles = issue.labelIds().stream().map(labels::get).filter(label -> label != null)
                .map(LabelView::title).sorted(Comparator.comparing(String::toLowerCase)).toList();
        String reference = "#" + issue.iid();
        return new IssueJson(issue.id(), issue.iid(), issue.projectId(), issue.title(), issue.description(),
                issue.state().value(), issue.createdAt(), issue.updatedAt(), issue.closedAt(),
                issue.closedById() == null ? null : user(users.get(issue.closedById())), labelTitles, null, assignees,
                user(users.get(issue.authorId())), assignees.isEmpty() ? null : assignees.get(0), "ISSUE", userNotesCount,
                0, 0, null, issue.confidential(), null, "issue",
                instance.url("/" + project.fullPath() + "/-/issues/" + issue.iid()),
                new ReferencesJson(reference, reference, project.fullPath() + reference), issue.movedToId(),
                canTriage ? issue.externalAuthorEmail() : null);
    }

    public NoteJson note(NoteView note, IssueView issue, UserView author) {
        return new NoteJson(note.id(), null, note.body(), null, user(author), note.createdAt(), note.updatedAt(),
                note.system(), issue.id(), "Issue", issue.projectId(), issue.iid(), false, note.internal(), note.internal());
    }

    public MemberJson member(MemberView member, UserView user) {
        return new MemberJson(member.userId(), member.username(), member.name(), user == null ? "active" : user.state().value(),
                false, null, instance.url("/" + member.username()), member.accessLevel().value(),
                user == null ? null : user.createdAt(), null);
    }

    public TokenJson token(TokenView token, String secret) {
        return new TokenJson(token.id(), token.name(), token.revoked(), token.createdAt(), token.scopes().stream().sorted().toList(),
                token.userId(), token.lastUsedAt(), token.active(), token.expiresAt() == null ? null : token.expiresAt().toString(), secret);
    }

    public static <T> List<T> page(Collection<T> all, int page, int perPage) {
        return all.stream().skip((long) (page - 1) * perPage).limit(perPage).toList();
    }
}
