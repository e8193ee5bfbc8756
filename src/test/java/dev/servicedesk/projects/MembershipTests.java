package dev.servicedesk.projects;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class MembershipTests {

    @Autowired Fixtures fixtures;
    @Autowired GroupService groups;
    @Autowired ProjectService projects;
    @Autowired MembershipService members;
    @Autowired AccessPolicy policy;

    @Test
    void aGroupRoleIsInheritedBySubgroupsAndTheirProjects() {
        UserView owner = fixtures.user("owner");
        UserView reporter = fixtures.user("reporter");
        GroupView top = fixtures.group(owner, Visibility.PRIVATE);
        GroupView sub = groups.create(owner.asActor(), new NewGroup("Sub", "sub", top.id(), Visibility.PRIVATE, ""));
        ProjectView project = projects.create(owner.asActor(), new NewProject(sub.id(), "Deep", "deep", Visibility.PRIVATE, ""));
        members.addToGroup(owner.asActor(), top.id(), reporter.id(), AccessLevel.REPORTER);

        assertThat(project.fullPath()).isEqualTo(top.fullPath() + "/sub/deep");
        assertThat(policy.project(reporter.asActor(), project.id()).level()).isEqualTo(AccessLevel.REPORTER);
        assertThat(members.ofProject(owner.asActor(), project.id()))
                .anySatisfy(member -> {
                    assertThat(member.username()).isEqualTo(reporter.username());
                    assertThat(member.inheritedFrom()).isEqualTo(top.fullPath());
                });
    }

    @Test
    void theHighestRoleWinsWhenAUserIsMemberAtSeveralLevels() {
        UserView owner = fixtures.user("owner");
        UserView user = fixtures.user("user");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        members.addToGroup(owner.asActor(), project.groupId(), user.id(), AccessLevel.GUEST);
        members.addToProject(owner.asActor(), project.id(), user.id(), AccessLevel.DEVELOPER);

        assertThat(policy.project(user.asActor(), project.id()).level()).isEqualTo(AccessLevel.DEVELOPER);
    }

    @Test
    void maintainersManageMembersButOnlyOwnersGrantOwner() {
        UserView owner = fixtures.user("owner");
        UserView maintainer = fixtures.user("maintainer");
        UserView developer = fixtures.user("developer");
        UserView newcomer = fixtures.user("newcomer");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        fixtures.addMember(owner, project, maintainer, AccessLevel.MAINTAINER);
        fixtures.addMember(owner, project, developer, AccessLevel.DEVELOPER);

        assertThatThrownBy(() -> members.addToProject(developer.asActor(), project.id(), newcomer.id(), AccessLevel.GUEST))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> members.addToProject(maintainer.asActor(), project.id(), newcomer.id(), AccessLevel.OWNER))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("Only Owners");
        members.addToProject(maintainer.asActor(), project.id(), newcomer.id(), AccessLevel.REPORTER);
        members.changeProjectRole(maintainer.asActor(), project.id(), newcomer.id(), AccessLevel.DEVELOPER);
        assertThat(members.directProjectRole(project.id(), newcomer.id())).contains(AccessLevel.DEVELOPER);
        members.removeFromProject(maintainer.asActor(), project.id(), newcomer.id());
        assertThat(members.directProjectRole(project.id(), newcomer.id())).isEmpty();
    }

    @Test
    void addingSomeoneTwiceIsAFieldErrorNotACrash() {
        UserView owner = fixtures.user("owner");
        UserView user = fixtures.user("user");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        fixtures.addMember(owner, project, user, AccessLevel.GUEST);
        assertThatThrownBy(() -> fixtures.addMember(owner, project, user, AccessLevel.REPORTER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already a member");
    }

    @Test
    void aGroupKeepsItsLastOwner() {
        UserView owner = fixtures.user("owner");
        GroupView group = fixtures.group(owner, Visibility.PRIVATE);
        assertThatThrownBy(() -> members.removeFromGroup(owner.asActor(), group.id(), owner.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one Owner");
    }

    @Test
    void aSubgroupAndAProjectCannotShareAPathAndCaseDoesNotMatter() {
        UserView owner = fixtures.user("owner");
        GroupView group = fixtures.group(owner, Visibility.PRIVATE);
        projects.create(owner.asActor(), new NewProject(group.id(), "Support", "support", Visibility.PRIVATE, ""));
        assertThatThrownBy(() -> groups.create(owner.asActor(), new NewGroup("Support", "Support", group.id(), Visibility.PRIVATE, "")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("has already been taken")
                .extracting(e -> ((InvalidInputException) e).field()).isEqualTo("path");
    }

    @Test
    void aProjectCannotBeMoreVisibleThanItsGroup() {
        UserView owner = fixtures.user("owner");
        GroupView group = fixtures.group(owner, Visibility.INTERNAL);
        assertThatThrownBy(() -> projects.create(owner.asActor(), new NewProject(group.id(), "Open", "open", Visibility.PUBLIC, "")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not allowed because the group");
    }
}
