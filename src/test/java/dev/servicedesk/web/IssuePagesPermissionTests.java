package dev.servicedesk.web;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NewIssue;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every issue-tracker page and form, walked as role x visibility: 200 (or a redirect after a
 * form) where the role may, 403 where it may see but not do, 404 where it may not see.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IssuePagesPermissionTests {

    enum Role { ANONYMOUS, NON_MEMBER, GUEST, REPORTER, DEVELOPER, MAINTAINER, OWNER }

    record Setup(ProjectView project, IssueView open, IssueView secret, Map<Role, UserView> users) {
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired IssueService issues;
    @Autowired NoteService notes;

    private final Map<Visibility, Setup> setups = new EnumMap<>(Visibility.class);

    @BeforeAll
    void projects() {
        for (Visibility visibility : List.of(Visibility.PUBLIC, Visibility.PRIVATE)) {
            UserView owner = fixtures.user("owner");
            ProjectView project = fixtures.project(owner, visibility);
            Map<Role, UserView> users = new HashMap<>();
            users.put(Role.OWNER, owner);
            users.put(Role.NON_MEMBER, fixtures.user("stranger"));
            for (Role role : List.of(Role.GUEST, Role.REPORTER, Role.DEVELOPER, Role.MAINTAINER)) {
                UserView member = fixtures.user(role.name().toLowerCase());
                fixtures.addMember(owner, project, member, AccessLevel.valueOf(role.name()));
                users.put(role, member);
            }
            IssueView open = issues.create(owner.asActor(), project.id(), new NewIssue("Open printer issue", "", false));
            IssueView secret = issues.create(owner.asActor(), project.id(), new NewIssue("Secret payroll issue", "", true));
            notes.add(owner.asActor(), project.id(), open.iid(), "internal-remark-text", true);
            setups.put(visibility, new Setup(project, open, secret, users));
        }
    }

    @ParameterizedTest(name = "{0} project, {1}")
    @CsvSource({
            // visibility, role, project pages, open issue, confidential issue, create/comment, close others', triage, settings
            "PUBLIC,  ANONYMOUS,  200, 200, 404, 403, 403, 403, 404",
            "PUBLIC,  NON_MEMBER, 200, 200, 404, 302, 403, 403, 404",
            "PUBLIC,  GUEST,      200, 200, 404, 302, 403, 403, 404",
            "PUBLIC,  REPORTER,   200, 200, 200, 302, 302, 302, 404",
            "PUBLIC,  DEVELOPER,  200, 200, 200, 302, 302, 302, 404",
            "PUBLIC,  MAINTAINER, 200, 200, 200, 302, 302, 302, 200",
            "PUBLIC,  OWNER,      200, 200, 200, 302, 302, 302, 200",
            "PRIVATE, ANONYMOUS,  404, 404, 404, 404, 404, 404, 404",
            "PRIVATE, NON_MEMBER, 404, 404, 404, 404, 404, 404, 404",
            "PRIVATE, GUEST,      200, 200, 404, 302, 403, 403, 404",
            "PRIVATE, REPORTER,   200, 200, 200, 302, 302, 302, 404",
            "PRIVATE, DEVELOPER,  200, 200, 200, 302, 302, 302, 404",
            "PRIVATE, MAINTAINER, 200, 200, 200, 302, 302, 302, 200",
            "PRIVATE, OWNER,      200, 200, 200, 302, 302, 302, 200"})
    void everyPageAndFormAnswersAsGitLabWould(Visibility visibility, Role role, int projectPages, int openIssue,
                                              int confidentialIssue, int write, int closeOthers, int triage, int settings) throws Exception {
        Setup setup = setups.get(visibility);
        String project = "/" + setup.project().fullPath();
        String issues = project + "/-/issues";

        assertThat(status(role, setup, get(project))).isEqualTo(projectPages);
        assertThat(status(role, setup, get(issues))).isEqualTo(projectPages);
        assertThat(status(role, setup, get(project + "/-/labels"))).isEqualTo(projectPages);
        assertThat(status(role, setup, get(project + "/-/project_members"))).isEqualTo(projectPages);
        assertThat(status(role, setup, get(issues + "/" + setup.open().iid()))).isEqualTo(openIssue);
        assertThat(status(role, setup, get(issues + "/" + setup.secret().iid()))).isEqualTo(confidentialIssue);
        assertThat(status(role, setup, get(project + "/edit"))).isEqualTo(settings);

        if (projectPages == 200) {
            String list = body(role, setup, get(issues));
            assertThat(list).contains("Open printer issue");
            assertThat(list.contains("Secret payroll issue")).isEqualTo(confidentialIssue == 200);
            assertThat(body(role, setup, get(issues + "/" + setup.open().iid())).contains("internal-remark-text"))
                    .isEqualTo(triage == 302);
        }

        assertThat(status(role, setup, post(issues).with(csrf()).param("title", "From " + role))).isEqualTo(write);
        assertThat(status(role, setup, post(issues + "/" + setup.open().iid() + "/notes").with(csrf()).param("body", "hello")))
                .isEqualTo(write);
        assertThat(status(role, setup, post(issues + "/" + setup.secret().iid() + "/notes").with(csrf()).param("body", "hello")))
                .isEqualTo(confidentialIssue == 200 ? 302 : 404);
        assertThat(status(role, setup, post(issues + "/" + setup.open().iid() + "/labels").with(csrf()))).isEqualTo(triage);
        assertThat(status(role, setup, post(issues + "/" + setup.open().iid() + "/confidential").with(csrf()).param("confidential", "false")))
                .isEqualTo(triage);
        int internalNote = triage == 302 ? 302 : (write == 302 ? 403 : write);
        assertThat(status(role, setup, post(issues + "/" + setup.open().iid() + "/notes").with(csrf())
                .param("body", "psst").param("internal", "true"))).isEqualTo(internalNote);
        // Close and reopen in one go, so the issue stays open for the next rows.
        int closed = status(role, setup, post(issues + "/" + setup.open().iid() + "/close").with(csrf()));
        assertThat(closed).isEqualTo(closeOthers);
        if (closed == 302) {
            assertThat(status(role, setup, post(issues + "/" + setup.open().iid() + "/reopen").with(csrf()))).isEqualTo(302);
        }
    }

    private int status(Role role, Setup setup, MockHttpServletRequestBuilder request) throws Exception {
        return perform(role, setup, request).getResponse().getStatus();
    }

    private String body(Role role, Setup setup, MockHttpServletRequestBuilder request) throws Exception {
        return perform(role, setup, request).getResponse().getContentAsString();
    }

    private MvcResult perform(Role role, Setup setup, MockHttpServletRequestBuilder request) throws Exception {
        if (role != Role.ANONYMOUS) {
            request = request.with(signedIn.as(setup.users().get(role)));
        }
        return mvc.perform(request).andReturn();
    }
}
