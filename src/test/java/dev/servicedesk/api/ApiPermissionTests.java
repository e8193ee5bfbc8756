package dev.servicedesk.api;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * The API walked as role x visibility x confidential, with GitLab's answers: 404 for what the
 * caller may not see, 403 for what they may see but not do, 401 without a token where one is
 * needed; the Service Desk address and {@code service_desk_reply_to} only for Reporter+.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiPermissionTests {

    enum Role { ANONYMOUS, NON_MEMBER, GUEST, REPORTER, DEVELOPER, MAINTAINER, OWNER }

    record Setup(ProjectView project, IssueView open, IssueView secret, Map<Role, String> tokens) {
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired PersonalAccessTokenService tokenService;

    private final Map<Visibility, Setup> setups = new EnumMap<>(Visibility.class);

    @BeforeAll
    void projects() {
        for (Visibility visibility : List.of(Visibility.PUBLIC, Visibility.PRIVATE)) {
            UserView owner = fixtures.user("owner");
            ProjectView project = fixtures.project(owner, visibility);
            serviceDesk.setEnabled(owner.asActor(), project.id(), true);
            Map<Role, String> tokens = new HashMap<>();
            tokens.put(Role.OWNER, token(owner));
            tokens.put(Role.NON_MEMBER, token(fixtures.user("stranger")));
            for (Role role : List.of(Role.GUEST, Role.REPORTER, Role.DEVELOPER, Role.MAINTAINER)) {
                UserView member = fixtures.user(role.name().toLowerCase());
                fixtures.addMember(owner, project, member, AccessLevel.valueOf(role.name()));
                tokens.put(role, token(member));
            }
            IssueView open = issues.createForServiceDesk(project.id(), "Mail from a customer", "Hi", "customer@example.com", false);
            IssueView secret = issues.createForServiceDesk(project.id(), "Private mail", "Hi", "secret@example.com", true);
            notes.add(owner.asActor(), project.id(), open.iid(), "internal-api-remark", true);
            setups.put(visibility, new Setup(project, open, secret, tokens));
        }
    }

    @ParameterizedTest(name = "{0} project, {1}")
    @CsvSource({
            // visibility, role, project, confidential issue, sees addresses, create issue, close, delete
            "PUBLIC,  ANONYMOUS,  200, 404, false, 401, 401, 401",
            "PUBLIC,  NON_MEMBER, 200, 404, false, 201, 403, 403",
            "PUBLIC,  GUEST,      200, 404, false, 201, 403, 403",
            "PUBLIC,  REPORTER,   200, 200, true,  201, 200, 403",
            "PUBLIC,  DEVELOPER,  200, 200, true,  201, 200, 403",
            "PUBLIC,  MAINTAINER, 200, 200, true,  201, 200, 403",
            "PUBLIC,  OWNER,      200, 200, true,  201, 200, 204",
            "PRIVATE, ANONYMOUS,  404, 404, false, 401, 401, 401",
            "PRIVATE, NON_MEMBER, 404, 404, false, 404, 404, 404",
            "PRIVATE, GUEST,      200, 404, false, 201, 403, 403",
            "PRIVATE, REPORTER,   200, 200, true,  201, 200, 403",
            "PRIVATE, DEVELOPER,  200, 200, true,  201, 200, 403",
            "PRIVATE, MAINTAINER, 200, 200, true,  201, 200, 403",
            "PRIVATE, OWNER,      200, 200, true,  201, 200, 204"})
    void everyEndpointAnswersAsGitLabWould(Visibility visibility, Role role, int project, int confidential,
                                           boolean seesAddresses, int create, int close, int delete) throws Exception {
        Setup setup = setups.get(visibility);
        String byPath = "/api/v4/projects/" + setup.project().fullPath().replace("/", "%2F");
        String byId = "/api/v4/projects/" + setup.project().id();

        // A URI, not a template: the %2F must reach the server as sent.
        MvcResult projectResult = call(role, setup, get(java.net.URI.create(byPath)));
        assertThat(projectResult.getResponse().getStatus()).isEqualTo(project);
        assertThat(status(role, setup, get(byId))).isEqualTo(project);
        assertThat(status(role, setup, get(byId + "/issues/" + setup.secret().iid()))).isEqualTo(confidential);
        assertThat(projectResult.getResponse().getContentType()).startsWith("application/json");

        if (project == 200) {
            String projectJson = body(projectResult);
            assertThat(projectJson.contains("\"service_desk_address\":null")).isEqualTo(!seesAddresses);
            assertThat(projectJson).contains("\"service_desk_enabled\":true");
            String issue = body(call(role, setup, get(byId + "/issues/" + setup.open().iid())));
            assertThat(issue.contains("\"service_desk_reply_to\":\"customer@example.com\"")).isEqualTo(seesAddresses);
            assertThat(issue.contains("\"service_desk_reply_to\":null")).isEqualTo(!seesAddresses);
            String list = body(call(role, setup, get(byId + "/issues?per_page=100")));
            assertThat(list).contains("Mail from a customer");
            assertThat(list.contains("Private mail")).isEqualTo(confidential == 200);
            String noteList = body(call(role, setup, get(byId + "/issues/" + setup.open().iid() + "/notes")));
            assertThat(noteList.contains("internal-api-remark")).isEqualTo(seesAddresses);
            assertThat(body(call(role, setup, get(byId + "/members")))).startsWith("[");
        } else {
            assertThat(body(projectResult)).isEqualTo("{\"message\":\"404 Project Not Found\"}");
        }

        MvcResult created = call(role, setup, post(byId + "/issues").contentType("application/json").content("{\"title\":\"From the API\"}"));
        assertThat(created.getResponse().getStatus()).isEqualTo(create);
        assertThat(status(role, setup, put(byId + "/issues/" + setup.open().iid()).param("state_event", "close"))).isEqualTo(close);
        if (close == 200) {
            assertThat(status(role, setup, put(byId + "/issues/" + setup.open().iid()).param("state_event", "reopen"))).isEqualTo(200);
        }
        if (create == 201) {
            String iid = body(created).replaceAll(".*\"iid\":(\\d+).*", "$1");
            assertThat(status(role, setup, delete(byId + "/issues/" + iid))).isEqualTo(delete);
        }
    }

    private String token(UserView user) {
        return tokenService.create(user.asActor(), user.id(), "test", Set.of("api"), LocalDate.now().plusDays(1)).secret();
    }

    private int status(Role role, Setup setup, MockHttpServletRequestBuilder request) throws Exception {
        return call(role, setup, request).getResponse().getStatus();
    }

    private MvcResult call(Role role, Setup setup, MockHttpServletRequestBuilder request) throws Exception {
        if (role != Role.ANONYMOUS) {
            request = request.header("PRIVATE-TOKEN", setup.tokens().get(role));
        }
        return mvc.perform(request).andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
