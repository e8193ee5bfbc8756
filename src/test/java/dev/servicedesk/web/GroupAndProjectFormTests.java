package dev.servicedesk.web;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Bad input in the group and project forms is shown next to the field; nothing answers 500. */
@SpringBootTest
@AutoConfigureMockMvc
class GroupAndProjectFormTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;

    UserView owner;

    @BeforeEach
    void signIn() {
        owner = fixtures.user("owner");
    }

    @Test
    void aValidGroupIsCreatedAndShown() throws Exception {
        String path = Fixtures.unique("grp");
        mvc.perform(post("/groups").with(signedIn.as(owner)).with(csrf())
                        .param("name", "My Group").param("path", path).param("visibility", "private"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups/" + path));
        mvc.perform(get("/groups/" + path).with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("My Group")));
    }

    @Test
    void anInvalidPathIsExplainedNextToTheField() throws Exception {
        mvc.perform(post("/groups").with(signedIn.as(owner)).with(csrf())
                        .param("name", "Bad").param("path", "-bad path").param("visibility", "private"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Path can contain only letters")));
    }

    @Test
    void aDuplicatePathIsRefusedWithAMessage() throws Exception {
        GroupView existing = fixtures.group(owner, Visibility.PRIVATE);
        mvc.perform(post("/groups").with(signedIn.as(owner)).with(csrf())
                        .param("name", "Again").param("path", existing.path().toUpperCase()).param("visibility", "private"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has already been taken")));
    }

    @Test
    void aDuplicateProjectPathIsRefusedWithAMessage() throws Exception {
        GroupView group = fixtures.group(owner, Visibility.PRIVATE);
        mvc.perform(post("/projects").with(signedIn.as(owner)).with(csrf())
                        .param("namespaceId", String.valueOf(group.id())).param("name", "Site").param("path", "site"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/" + group.fullPath() + "/site"));
        mvc.perform(post("/projects").with(signedIn.as(owner)).with(csrf())
                        .param("namespaceId", String.valueOf(group.id())).param("name", "Site").param("path", "site"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Path &#39;" + group.fullPath() + "/site&#39; has already been taken")));
        mvc.perform(get("/" + group.fullPath() + "/site").with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Site</h1>")));
    }

    @Test
    void aReservedTopLevelPathIsRefused() throws Exception {
        mvc.perform(post("/groups").with(signedIn.as(owner)).with(csrf())
                        .param("name", "Admin").param("path", "admin").param("visibility", "private"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is reserved")));
    }

    @Test
    void aFormWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/groups").with(signedIn.as(owner))
                        .param("name", "X").param("path", Fixtures.unique("x")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPrivateProjectIsNotFoundForAnotherSignedInUser() throws Exception {
        var project = fixtures.project(owner, Visibility.PRIVATE);
        UserView stranger = fixtures.user("stranger");
        mvc.perform(get("/" + project.fullPath()).with(signedIn.as(stranger)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
        mvc.perform(get("/groups/" + project.fullPath().substring(0, project.fullPath().indexOf('/'))).with(signedIn.as(stranger)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAnonymousVisitorOfAPrivateProjectIsAskedToSignIn() throws Exception {
        var project = fixtures.project(owner, Visibility.PRIVATE);
        mvc.perform(get("/" + project.fullPath()).accept("text/html"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/users/sign_in"));
    }
}
