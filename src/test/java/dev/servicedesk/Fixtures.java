package dev.servicedesk;

import java.util.concurrent.atomic.AtomicInteger;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.NewUser;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.GroupService;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.NewGroup;
import dev.servicedesk.projects.NewProject;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.springframework.stereotype.Component;

/**
 * Creates users, groups and projects through the real services, with names unique per test
 * JVM run and database, so tests that share the embedded database never collide.
 */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    public static final String PASSWORD = "correct-horse-battery";

    private final UserService users;
    private final GroupService groups;
    private final ProjectService projects;
    private final MembershipService members;

    Fixtures(UserService users, GroupService groups, ProjectService projects, MembershipService members) {
        this.users = users;
        this.groups = groups;
        this.projects = projects;
        this.members = members;
    }

    public static String unique(String prefix) {
        return prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    public UserView user(String prefix) {
        String username = unique(prefix);
        return users.createUnchecked(new NewUser(username, "User " + username, username + "@example.com", PASSWORD, false));
    }

    public UserView admin() {
        String username = unique("admin");
        return users.createUnchecked(new NewUser(username, "Admin " + username, username + "@example.com", PASSWORD, true));
    }

    public GroupView group(UserView owner, Visibility visibility) {
        String path = unique("group");
        return groups.create(owner.asActor(), new NewGroup("Group " + path, path, null, visibility, ""));
    }

    public ProjectView project(UserView owner, Visibility visibility) {
        GroupView group = group(owner, visibility);
        String path = unique("project");
        return projects.create(owner.asActor(), new NewProject(group.id(), "Project " + path, path, visibility, ""));
    }

    public void addMember(UserView owner, ProjectView project, UserView user, AccessLevel level) {
        members.addToProject(owner.asActor(), project.id(), user.id(), level);
    }

    public static Actor actor(UserView user) {
        return user.asActor();
    }
}
