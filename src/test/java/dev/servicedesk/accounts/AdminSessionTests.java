package dev.servicedesk.accounts;

import dev.servicedesk.Fixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions live in the database and keep the principal as it was at sign-in; blocking a user or
 * changing their admin rights must end them, on every instance.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdminSessionTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aBlockedUsersSessionStopsWorkingAndTheAdminsDoesNot() throws Exception {
        UserView admin = fixtures.admin();
        UserView member = fixtures.user("session");
        Cookie adminSession = signIn(admin);
        Cookie memberSession = signIn(member);
        mvc.perform(get("/dashboard/projects").cookie(memberSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@" + member.username())));
        assertThat(sessionsOf(member)).isEqualTo(1);

        mvc.perform(post("/admin/users/" + member.username() + "/block").cookie(adminSession).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        assertThat(sessionsOf(member)).isZero();
        mvc.perform(get("/dashboard/projects").cookie(memberSession))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/users/sign_in")));
        mvc.perform(get("/admin/users").cookie(adminSession))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("@" + admin.username())));
    }

    @Test
    void takingAwayAdminRightsEndsTheSessionThatStillCarriesThem() throws Exception {
        UserView admin = fixtures.admin();
        UserView other = fixtures.admin();
        Cookie otherSession = signIn(other);
        mvc.perform(get("/admin").cookie(otherSession)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + other.username() + "/remove_admin").cookie(signIn(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(get("/admin").cookie(otherSession))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/users/sign_in")));
        mvc.perform(get("/admin").cookie(signIn(other)))
                .andExpect(status().isNotFound());
    }

    private Cookie signIn(UserView user) throws Exception {
        return signIn(mvc, user);
    }

    /**
     * Signs in through the form, like a browser, and returns the cookie of the database-stored
     * session. MockMvc has no servlet container, so the cookie keeps Spring Session's default
     * name; it is the only cookie the sign-in sets.
     */
    static Cookie signIn(MockMvc mvc, UserView user) throws Exception {
        Cookie[] cookies = mvc.perform(formLogin("/users/sign_in").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookies();
        assertThat(cookies).as("session cookie").hasSize(1);
        return cookies[0];
    }

    private long sessionsOf(UserView user) {
        return jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(user.username()).query(Long.class).single();
    }
}
