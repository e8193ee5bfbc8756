package dev.servicedesk.projects;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.issues.IssueFilter;
import dev.servicedesk.issues.IssueListService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NewIssue;
import dev.servicedesk.issues.NoteView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * GitLab's rules, walked as a table: role x project visibility x confidential issue. What a
 * caller may not see is a 404 ({@link NotFoundException}), never a 403 that would confirm it exists.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessPolicyMatrixTests {

    enum Role { ANONYMOUS, NON_MEMBER, GUEST, REPORTER, DEVELOPER, MAINTAINER, OWNER, ADMIN }

    private static final IssueFilter ALL_OPEN = new IssueFilter("opened", null, null, null, null, null, null, false, 1, 100);

    record Setup(ProjectView project, IssueView publicIssue, IssueView confidentialIssue) {
    }

    @Autowired Fixtures fixtures;
    @Autowired ProjectService projects;
    @Autowired IssueService issues;
    @Autowired IssueListService issueList;
    @Autowired NoteService notes;

    private final Map<Visibility, Setup> setups = new EnumMap<>(Visibility.class);
    private final Map<Visibility, Map<Role, Actor>> actors = new EnumMap<>(Visibility.class);

    @BeforeAll
    void createProjectsMembersAndIssues() {
        for (Visibility visibility : Visibility.values()) {
            UserView owner = fixtures.user("owner");
            ProjectView project = fixtures.project(owner, visibility);
            Map<Role, Actor> byRole = new HashMap<>();
            byRole.put(Role.ANONYMOUS, Actor.anonymous());
            byRole.put(Role.NON_MEMBER, fixtures.user("stranger").asActor());
            byRole.put(Role.ADMIN, fixtures.admin().asActor());
            byRole.put(Role.OWNER, owner.asActor());
            for (Role role : List.of(Role.GUEST, Role.REPORTER, Role.DEVELOPER, Role.MAINTAINER)) {
                UserView member = fixtures.user(role.name().toLowerCase());
                fixtures.addMember(owner, project, member, AccessLevel.valueOf(role.name()));
                byRole.put(role, member.asActor());
            }
            IssueView open = issues.create(owner.asActor(), project.id(), new NewIssue("public issue", "", false));
            IssueView secret = issues.create(owner.asActor(), project.id(), new NewIssue("confidential issue", "", true));
            notes.add(owner.asActor(), project.id(), open.iid(), "internal remark", true);
            notes.add(owner.asActor(), project.id(), open.iid(), "public remark", false);
            setups.put(visibility, new Setup(project, open, secret));
            actors.put(visibility, byRole);
        }
    }

    @ParameterizedTest(name = "{0} project, {1}: project={2} issue={3} confidential={4} create={5} internal={6}")
    @CsvSource({
            // visibility, role,     project, issue, confidential, create, internal notes
            "PRIVATE,  ANONYMOUS,  false, false, false, false, false",
            "PRIVATE,  NON_MEMBER, false, false, false, false, false",
            "PRIVATE,  GUEST,      true,  true,  false, true,  false",
            "PRIVATE,  REPORTER,   true,  true,  true,  true,  true",
            "PRIVATE,  DEVELOPER,  true,  true,  true,  true,  true",
            "PRIVATE,  MAINTAINER, true,  true,  true,  true,  true",
            "PRIVATE,  OWNER,      true,  true,  true,  true,  true",
            "PRIVATE,  ADMIN,      true,  true,  true,  true,  true",
            "INTERNAL, ANONYMOUS,  false, false, false, false, false",
            "INTERNAL, NON_MEMBER, true,  true,  false, true,  false",
            "INTERNAL, GUEST,      true,  true,  false, true,  false",
            "INTERNAL, REPORTER,   true,  true,  true,  true,  true",
            "INTERNAL, DEVELOPER,  true,  true,  true,  true,  true",
            "INTERNAL, MAINTAINER, true,  true,  true,  true,  true",
            "INTERNAL, OWNER,      true,  true,  true,  true,  true",
            "INTERNAL, ADMIN,      true,  true,  true,  true,  true",
            "PUBLIC,   ANONYMOUS,  true,  true,  false, false, false",
            "PUBLIC,   NON_MEMBER, true,  true,  false, true,  false",
            "PUBLIC,   GUEST,      true,  true,  false, true,  false",
            "PUBLIC,   REPORTER,   true,  true,  true,  true,  true",
            "PUBLIC,   DEVELOPER,  true,  true,  true,  true,  true",
            "PUBLIC,   MAINTAINER, true,  true,  true,  true,  true",
            "PUBLIC,   OWNER,      true,  true,  true,  true,  true",
            "PUBLIC,   ADMIN,      true,  true,  true,  true,  true"})
    void roleTimesVisibilityTimesConfidential(Visibility visibility, Role role, boolean seesProject, boolean seesIssue,
                                              boolean seesConfidential, boolean createsIssue, boolean seesInternalNotes) {
        Setup setup = setups.get(visibility);
        Actor actor = actors.get(visibility).get(role);
        long projectId = setup.project().id();

        assertVisible(seesProject, () -> projects.get(actor, projectId));
        assertVisible(seesProject, () -> projects.get(actor, setup.project().fullPath()));
        assertVisible(seesIssue, () -> issues.get(actor, projectId, setup.publicIssue().iid()));
        assertVisible(seesConfidential, () -> issues.get(actor, projectId, setup.confidentialIssue().iid()));

        if (seesProject) {
            List<Integer> listed = issueList.search(actor, projectId, ALL_OPEN).issues().stream().map(IssueView::iid).toList();
            assertThat(listed).contains(setup.publicIssue().iid());
            assertThat(listed.contains(setup.confidentialIssue().iid())).isEqualTo(seesConfidential);
            assertThat(projects.visible(actor)).extracting(ProjectView::id).contains(projectId);
        } else {
            assertThatThrownBy(() -> issueList.search(actor, projectId, ALL_OPEN)).isInstanceOf(NotFoundException.class);
            assertThat(projects.visible(actor)).extracting(ProjectView::id).doesNotContain(projectId);
        }

        if (seesIssue) {
            List<String> bodies = notes.list(actor, projectId, setup.publicIssue().iid()).stream().map(NoteView::body).toList();
            assertThat(bodies).contains("public remark");
            assertThat(bodies.contains("internal remark")).isEqualTo(seesInternalNotes);
        }

        if (createsIssue) {
            assertThat(issues.create(actor, projectId, new NewIssue("by " + role, "", false)).iid()).isPositive();
        } else {
            assertThatThrownBy(() -> issues.create(actor, projectId, new NewIssue("by " + role, "", false)))
                    .isInstanceOfAny(seesProject ? ForbiddenException.class : NotFoundException.class);
        }
    }

    @Test
    void theAuthorOfAConfidentialIssueSeesItEvenAsGuest() {
        Setup setup = setups.get(Visibility.PRIVATE);
        Actor guest = actors.get(Visibility.PRIVATE).get(Role.GUEST);
        IssueView own = issues.create(guest, setup.project().id(), new NewIssue("my secret", "", true));

        assertThat(issues.get(guest, setup.project().id(), own.iid()).title()).isEqualTo("my secret");
        assertThat(issueList.search(guest, setup.project().id(), ALL_OPEN).issues()).extracting(IssueView::iid).contains(own.iid());
        assertThatThrownBy(() -> issues.get(actors.get(Visibility.PRIVATE).get(Role.NON_MEMBER), setup.project().id(), own.iid()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aGuestMayNotCloseSomeoneElsesIssueButTheAuthorMay() {
        Setup setup = setups.get(Visibility.PUBLIC);
        Actor guest = actors.get(Visibility.PUBLIC).get(Role.GUEST);
        assertThatThrownBy(() -> issues.close(guest, setup.project().id(), setup.publicIssue().iid()))
                .isInstanceOf(ForbiddenException.class);

        IssueView own = issues.create(guest, setup.project().id(), new NewIssue("mine", "", false));
        assertThat(issues.close(guest, setup.project().id(), own.iid()).state()).isEqualTo(dev.servicedesk.issues.IssueState.CLOSED);
    }

    @Test
    void aGuestMayNotWriteInternalNotes() {
        Setup setup = setups.get(Visibility.PRIVATE);
        assertThatThrownBy(() -> notes.add(actors.get(Visibility.PRIVATE).get(Role.GUEST), setup.project().id(),
                setup.publicIssue().iid(), "psst", true)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anIidFromAnotherProjectDoesNotReachItsIssue() {
        Setup privateSetup = setups.get(Visibility.PRIVATE);
        Setup publicSetup = setups.get(Visibility.PUBLIC);
        Actor publicGuest = actors.get(Visibility.PUBLIC).get(Role.GUEST);
        // The guest of the public project asks for the private project's confidential issue by its IID.
        assertThatThrownBy(() -> issues.get(publicGuest, privateSetup.project().id(), privateSetup.confidentialIssue().iid()))
                .isInstanceOf(NotFoundException.class);
        IssueView sameIid = issues.get(publicGuest, publicSetup.project().id(), privateSetup.publicIssue().iid());
        assertThat(sameIid.projectId()).isEqualTo(publicSetup.project().id());
    }

    private static void assertVisible(boolean visible, Runnable call) {
        if (visible) {
            call.run();
        } else {
            assertThatThrownBy(call::run).isInstanceOf(NotFoundException.class);
        }
    }
}
