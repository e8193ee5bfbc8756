package dev.servicedesk.web;

import java.util.List;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.projects.GroupView;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who gets into /admin: admins see everything, other users a 404, visitors the sign-in page. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminAreaTests {

    private static final List<String> PAGES = List.of("/admin", "/admin/users", "/admin/users/new",
            "/admin/groups", "/admin/projects", "/admin/no-such-page");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired UserService users;

    @Test
    void aNonAdminGetsNotFoundOnEveryAdminUrl() throws Exception {
        UserView member = fixtures.user("member");
        UserView victim = fixtures.user("victim");
        for (String page : PAGES) {
            mvc.perform(get(page).with(signedIn.as(member)).accept("text/html"))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(containsString("Page not found")));
        }
        mvc.perform(post("/admin/users").with(signedIn.as(member)).with(csrf())
                        .param("username", Fixtures.unique("sneaky")).param("name", "Sneaky").param("email", "sneaky@example.com"))
                .andExpect(status().isNotFound());
        for (String action : List.of("block", "unblock", "make_admin", "remove_admin")) {
            mvc.perform(post("/admin/users/" + victim.username() + "/" + action).with(signedIn.as(member)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/admin/users/" + member.username() + "/make_admin").with(signedIn.as(member)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(users.getById(victim.id()).active()).isTrue();
        assertThat(users.getById(member.id()).admin()).isFalse();
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).accept("text/html"))
                    .andExpect(status().is3xxRedirection())
                    .andExpect(header().string("Location", containsString("/users/sign_in")));
        }
        mvc.perform(post("/admin/users/root/block").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/users/sign_in")));
        assertThat(users.findByUsername("root").orElseThrow().active()).isTrue();
    }

    @Test
    void onlyAdminsSeeTheAdminLinkInTheHeader() throws Exception {
        mvc.perform(get("/dashboard/projects").with(signedIn.as(fixtures.admin())))
                .andExpect(content().string(containsString("<a href=\"/admin\">Admin</a>")));
        mvc.perform(get("/dashboard/projects").with(signedIn.as(fixtures.user("plain"))))
                .andExpect(content().string(not(containsString("href=\"/admin\""))));
    }

    @Test
    void theOverviewCountsUsersGroupsAndProjectsAndLinksToThem() throws Exception {
        UserView admin = fixtures.admin();
        fixtures.project(fixtures.user("owner"), Visibility.PRIVATE);
        int userCount = users.list().size();
        mvc.perform(get("/admin").with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<span class=\"count\">" + userCount + "</span>")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/admin/groups\"")))
                .andExpect(content().string(containsString("href=\"/admin/projects\"")));
    }

    @Test
    void adminsSeeEveryGroupAndProjectWhateverTheirVisibility() throws Exception {
        UserView admin = fixtures.admin();
        ProjectView hidden = fixtures.project(fixtures.user("owner"), Visibility.PRIVATE);
        GroupView group = fixtures.group(fixtures.user("owner"), Visibility.INTERNAL);
        mvc.perform(get("/admin/projects").with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/" + hidden.fullPath() + "\"")))
                .andExpect(content().string(containsString("<span class=\"badge\">private</span>")));
        mvc.perform(get("/admin/groups").with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/groups/" + group.fullPath() + "\"")))
                .andExpect(content().string(containsString("<span class=\"badge\">internal</span>")));
        mvc.perform(get("/" + hidden.fullPath()).with(signedIn.as(admin)))
                .andExpect(status().isOk());
    }
}
