package dev.servicedesk.accounts;

import dev.servicedesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    @Test
    void rootSignsInWithThePasswordFromTheEnvironment() throws Exception {
        mvc.perform(formLogin("/users/sign_in").user("root").password("test-root-password"))
                .andExpect(authenticated().withUsername("root"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aUserSignsInWithUsernameOrEmail() throws Exception {
        UserView user = fixtures.user("someone");
        mvc.perform(formLogin("/users/sign_in").user(user.email().toUpperCase()).password(Fixtures.PASSWORD))
                .andExpect(authenticated().withUsername(user.username()));
    }

    @Test
    void aWrongPasswordSendsBackToTheFormWithAnError() throws Exception {
        mvc.perform(formLogin("/users/sign_in").user("root").password("wrong"))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/users/sign_in?error"));
    }

    @Test
    void theSupportBotCannotSignIn() throws Exception {
        assertThat(users.supportBot().bot()).isTrue();
        mvc.perform(formLogin("/users/sign_in").user("support-bot").password(""))
                .andExpect(unauthenticated());
    }

    @Test
    void aBlockedUserCannotSignIn() throws Exception {
        UserView user = fixtures.user("blocked");
        users.block(fixtures.admin().asActor(), user.id());
        mvc.perform(formLogin("/users/sign_in").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(unauthenticated());
    }

    @Test
    void signingInWithoutACsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/users/sign_in").param("username", "root").param("password", "test-root-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicy() throws Exception {
        mvc.perform(get("/users/sign_in"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("script-src 'self'")));
    }

    @Test
    void signingOutNeedsAPostWithCsrf() throws Exception {
        mvc.perform(post("/users/sign_out").with(csrf()))
                .andExpect(redirectedUrl("/users/sign_in?signed_out"));
    }
}
