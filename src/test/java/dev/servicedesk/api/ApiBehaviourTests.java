package dev.servicedesk.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.Set;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ApiBehaviourTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PersonalAccessTokenService tokens;

    UserView owner;
    String ownerToken;
    ProjectView project;
    String base;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        ownerToken = token(owner, "api");
        project = fixtures.project(owner, Visibility.PRIVATE);
        base = "/api/v4/projects/" + project.id();
    }

    @Test
    void tokensComeAsPrivateTokenOrBearerAndABadOneIs401() throws Exception {
        mvc.perform(get("/api/v4/user")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("401 Unauthorized"));
        mvc.perform(get("/api/v4/user").header("PRIVATE-TOKEN", "sdpat-wrong")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v4/user").header("Authorization", "Bearer " + ownerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(owner.username()))
                .andExpect(jsonPath("$.is_admin").value(false));
        mvc.perform(get("/api/v4/user").header("PRIVATE-TOKEN", "test-root-token-0123456789"))
                .andExpect(jsonPath("$.username").value("root"));
    }

    @Test
    void aReadApiTokenMayReadButNotWrite() throws Exception {
        String readOnly = token(owner, "read_api");
        mvc.perform(get(base).header("PRIVATE-TOKEN", readOnly)).andExpect(status().isOk());
        mvc.perform(post(base + "/issues").header("PRIVATE-TOKEN", readOnly).param("title", "x"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.error").value("insufficient_scope"));
    }

    @Test
    void listsArePagedWithGitLabsHeaders() throws Exception {
        for (int n = 1; n <= 5; n++) {
            as(post(base + "/issues").param("title", "Issue " + n)).andExpect(status().isCreated());
        }
        as(get(base + "/issues").param("per_page", "2").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].title").value("Issue 3"))
                .andExpect(header().string("X-Total", "5"))
                .andExpect(header().string("X-Total-Pages", "3"))
                .andExpect(header().string("X-Page", "2"))
                .andExpect(header().string("X-Per-Page", "2"))
                .andExpect(header().string("X-Next-Page", "3"))
                .andExpect(header().string("X-Prev-Page", "1"))
                .andExpect(header().string("Link", containsString("page=3&per_page=2>; rel=\"next\"")))
                .andExpect(header().string("Link", containsString("page=1&per_page=2>; rel=\"prev\"")));
        as(get(base + "/issues").param("per_page", "1000")).andExpect(header().string("X-Per-Page", "100"));
        as(get(base + "/issues").param("order_by", "created_at").param("sort", "asc").param("per_page", "1"))
                .andExpect(jsonPath("$[0].title").value("Issue 1"));
    }

    @Test
    void errorsAreJsonWithGitLabsShapes() throws Exception {
        as(post(base + "/issues")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("title is missing"));
        as(post(base + "/issues").param("title", " ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message.title[0]").value("Title can't be blank"));
        as(post(base + "/issues").contentType("application/json").content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/json"));
        as(get("/api/v4/no/such/thing")).andExpect(status().isNotFound()).andExpect(jsonPath("$.message").exists());
        as(get(base + "/issues/9999")).andExpect(status().isNotFound()).andExpect(jsonPath("$.message").value("404 Issue Not Found"));
        as(put(base + "/issues/1").param("state_event", "explode")).andExpect(status().isNotFound());
    }

    @Test
    void anIssueIsCreatedWithLabelsAndAssigneesUpdatedAndItsNotesManaged() throws Exception {
        UserView dev = fixtures.user("dev");
        fixtures.addMember(owner, project, dev, AccessLevel.DEVELOPER);
        as(post(base + "/issues").contentType("application/json")
                .content("{\"title\":\"Broken\",\"description\":\"**bold**\",\"labels\":\"bug,ui\",\"assignee_ids\":[" + dev.id() + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.iid").value(1))
                .andExpect(jsonPath("$.labels[0]").value("bug"))
                .andExpect(jsonPath("$.assignees[0].username").value(dev.username()))
                .andExpect(jsonPath("$.author.username").value(owner.username()))
                .andExpect(jsonPath("$.references.full").value(project.fullPath() + "#1"))
                .andExpect(jsonPath("$.service_desk_reply_to").value(nullValue()));
        as(put(base + "/issues/1").param("add_labels", "urgent").param("remove_labels", "ui").param("confidential", "true"))
                .andExpect(jsonPath("$.labels", hasSize(2))).andExpect(jsonPath("$.confidential").value(true));
        as(put(base + "/issues/1").param("state_event", "explode")).andExpect(status().isBadRequest());

        String note = as(post(base + "/issues/1/notes").param("body", "First!")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.noteable_iid").value(1)).andReturn().getResponse().getContentAsString();
        long noteId = Long.parseLong(note.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        as(put(base + "/issues/1/notes/" + noteId).param("body", "Edited")).andExpect(jsonPath("$.body").value("Edited"));
        mvc.perform(put(base + "/issues/1/notes/" + noteId).header("PRIVATE-TOKEN", token(dev, "api")).param("body", "Mine now"))
                .andExpect(status().isForbidden());
        as(get(base + "/issues/1/notes").param("sort", "asc")).andExpect(jsonPath("$[?(@.body == 'Edited')]").exists());
        as(get(base + "/issues/1/notes/" + noteId)).andExpect(jsonPath("$.author.username").value(owner.username()));
        as(delete(base + "/issues/1/notes/" + noteId)).andExpect(status().isNoContent());
        as(get(base + "/issues/1/notes/" + noteId)).andExpect(status().isNotFound());
        as(post(base + "/issues/1/notes").param("body", "/close")).andExpect(status().isAccepted());
        as(get(base + "/issues/1")).andExpect(jsonPath("$.state").value("closed"));
    }

    @Test
    void membersAreAddedChangedAndRemoved() throws Exception {
        UserView user = fixtures.user("member");
        as(post(base + "/members").param("user_id", String.valueOf(user.id())).param("access_level", "20"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.access_level").value(20));
        as(put(base + "/members/" + user.id()).param("access_level", "30")).andExpect(jsonPath("$.access_level").value(30));
        as(get(base + "/members")).andExpect(jsonPath("$[?(@.username == '" + user.username() + "')].access_level").value(30));
        as(post(base + "/members").param("user_id", String.valueOf(user.id())).param("access_level", "99"))
                .andExpect(status().isBadRequest());
        mvc.perform(post(base + "/members").header("PRIVATE-TOKEN", token(user, "api"))
                        .param("user_id", String.valueOf(owner.id())).param("access_level", "10"))
                .andExpect(status().isForbidden());
        as(delete(base + "/members/" + user.id())).andExpect(status().isNoContent());
    }

    @Test
    void projectsAndGroupsAreCreatedListedAndFoundByPath() throws Exception {
        String path = Fixtures.unique("apigroup");
        String group = as(post("/api/v4/groups").param("name", "Api Group").param("path", path))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.full_path").value(path))
                .andReturn().getResponse().getContentAsString();
        long groupId = Long.parseLong(group.replaceAll("^\\{\"id\":(\\d+),.*", "$1"));
        as(post("/api/v4/projects").param("name", "My Site").param("namespace_id", String.valueOf(groupId)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.path_with_namespace").value(path + "/my-site"))
                .andExpect(jsonPath("$.namespace.full_path").value(path))
                .andExpect(jsonPath("$.permissions.group_access.access_level").value(50));
        as(post("/api/v4/projects").param("name", "No group")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("namespace_id is missing"));
        as(get(URI.create("/api/v4/projects/" + path + "%2Fmy-site"))).andExpect(jsonPath("$.name").value("My Site"));
        as(get(URI.create("/api/v4/groups/" + path))).andExpect(jsonPath("$.id").value(groupId));
        as(get("/api/v4/projects").param("membership", "true").param("search", "my site"))
                .andExpect(jsonPath("$", hasSize(1)));
        as(get("/api/v4/projects").param("owned", "true")).andExpect(jsonPath("$[?(@.path == 'my-site')]").exists());
        as(put(URI.create("/api/v4/projects/" + path + "%2Fmy-site")).param("service_desk_enabled", "true").param("description", "Help"))
                .andExpect(jsonPath("$.service_desk_enabled").value(true))
                .andExpect(jsonPath("$.service_desk_address", containsString("-issue-@servicedesk.localhost")))
                .andExpect(jsonPath("$.description").value("Help"));
    }

    @Test
    void usersAreCreatedByAdminsOnly() throws Exception {
        String name = Fixtures.unique("apiuser");
        as(post("/api/v4/users").param("username", name).param("name", "N").param("email", name + "@example.com")
                .param("password", "long-enough-1")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v4/users").header("PRIVATE-TOKEN", "test-root-token-0123456789").param("username", name)
                        .param("name", "N").param("email", name + "@example.com").param("password", "long-enough-1"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.username").value(name));
        as(get("/api/v4/users").param("username", name)).andExpect(jsonPath("$[0].username").value(name));
    }

    @Test
    void issuesAcrossProjectsDefaultToTheCallersOwnAndMovesKeepWorking() throws Exception {
        ProjectView other = fixtures.project(owner, Visibility.PRIVATE);
        as(post(base + "/issues").param("title", "Mine here")).andExpect(status().isCreated());
        as(post(base + "/issues/1/move").param("to_project_id", String.valueOf(other.id())))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.project_id").value(other.id()))
                .andExpect(jsonPath("$.iid").value(1));
        as(get(base + "/issues/1")).andExpect(jsonPath("$.state").value("closed")).andExpect(jsonPath("$.moved_to_id").isNumber());
        as(get("/api/v4/issues").param("state", "opened")).andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].project_id").value(other.id()));
        as(get("/api/v4/issues").param("scope", "nonsense")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v4/issues")).andExpect(status().isUnauthorized());
    }

    private ResultActions as(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("PRIVATE-TOKEN", ownerToken));
    }

    private String token(UserView user, String scope) {
        return tokens.create(user.asActor(), user.id(), "t", Set.of(scope), LocalDate.now().plusDays(1)).secret();
    }
}
