package dev.servicedesk.web;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MembersPageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired MembershipService members;

    /** Carries the session cookie from response to request, as a browser does (sessions live in Spring Session JDBC). */
    class Browser {
        private Cookie[] cookies = new Cookie[0];

        org.springframework.test.web.servlet.ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
            if (cookies.length > 0) {
                request.cookie(cookies);
            }
            var actions = mvc.perform(request);
            MvcResult result = actions.andReturn();
            if (result.getResponse().getCookies().length > 0) {
                cookies = result.getResponse().getCookies();
            }
            return actions;
        }
    }

    @Test
    void aMaintainerAddsChangesAndRemovesAMemberAndSeesEachResultAsAFlashMessage() throws Exception {
        UserView owner = fixtures.user("owner");
        UserView newcomer = fixtures.user("newcomer");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        String page = "/" + project.fullPath() + "/-/project_members";
        Browser session = new Browser();

        session.perform(post(page).with(signedIn.as(owner)).with(csrf())
                        .param("username", "@" + newcomer.username()).param("accessLevel", "20"))
                .andExpect(redirectedUrl(page));
        // The flash message survives the redirect to the GitLab URL (the request was rewritten internally).
        session.perform(get(page).with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(newcomer.username() + " was added as Reporter.")));
        assertThat(members.directProjectRole(project.id(), newcomer.id())).contains(AccessLevel.REPORTER);

        session.perform(post(page + "/" + newcomer.id()).with(signedIn.as(owner)).with(csrf())
                .param("accessLevel", "30")).andExpect(redirectedUrl(page));
        assertThat(members.directProjectRole(project.id(), newcomer.id())).contains(AccessLevel.DEVELOPER);

        session.perform(post(page + "/" + newcomer.id()).with(signedIn.as(owner)).with(csrf())
                .param("remove", "true")).andExpect(redirectedUrl(page));
        assertThat(members.directProjectRole(project.id(), newcomer.id())).isEmpty();
    }

    @Test
    void anUnknownUsernameIsExplainedAfterTheRedirect() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        String page = "/" + project.fullPath() + "/-/project_members";
        Browser session = new Browser();
        session.perform(post(page).with(signedIn.as(owner)).with(csrf()).param("username", "nobody-at-all"));
        session.perform(get(page).with(signedIn.as(owner)))
                .andExpect(content().string(containsString("No user &#39;nobody-at-all&#39;")));
    }

    @Test
    void aDeveloperCannotAddMembersAndGroupMembersPagesWorkToo() throws Exception {
        UserView owner = fixtures.user("owner");
        UserView developer = fixtures.user("developer");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        fixtures.addMember(owner, project, developer, AccessLevel.DEVELOPER);
        String page = "/" + project.fullPath() + "/-/project_members";
        Browser session = new Browser();
        session.perform(post(page).with(signedIn.as(developer)).with(csrf())
                .param("username", owner.username()).param("accessLevel", "10"));
        session.perform(get(page).with(signedIn.as(developer)))
                .andExpect(content().string(containsString("You need at least the Maintainer role")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add member"))));

        String group = project.fullPath().substring(0, project.fullPath().indexOf('/'));
        mvc.perform(get("/groups/" + group + "/-/group_members").with(signedIn.as(owner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@" + owner.username())));
    }
}
