package dev.servicedesk.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.Fixtures;
import dev.servicedesk.web.SignedIn;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An administrator creates users and blocks, unblocks, promotes and demotes them at /admin/users. */
@SpringBootTest
@AutoConfigureMockMvc
class AdminUsersTests {

    private static final Pattern GENERATED = Pattern.compile("with the password (\\S+) ");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired UserService users;

    UserView admin;

    @BeforeEach
    void signInAsAdmin() {
        admin = fixtures.admin();
    }

    @Test
    void anAdminCreatesAUserWhoCanSignInWithTheGivenPassword() throws Exception {
        String username = Fixtures.unique("new");
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", username).param("name", "New Person").param("email", username + "@example.com")
                        .param("password", "a-long-password"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", "User '" + username + "' was created."));

        UserView created = users.findByUsername(username).orElseThrow();
        assertThat(created.name()).isEqualTo("New Person");
        assertThat(created.admin()).isFalse();
        assertThat(created.active()).isTrue();
        mvc.perform(formLogin("/users/sign_in").user(username).password("a-long-password"))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void anEmptyPasswordIsGeneratedAndShownOnlyOnce() throws Exception {
        // A real session: the flash message travels in it from the POST to the next page.
        Cookie session = AdminSessionTests.signIn(mvc, admin);
        String username = Fixtures.unique("generated");
        MvcResult created = mvc.perform(post("/admin/users").cookie(session).with(csrf())
                        .param("username", username).param("name", "Generated").param("email", username + "@example.com")
                        .param("password", "").param("admin", "true"))
                .andExpect(redirectedUrl("/admin/users"))
                .andReturn();
        String notice = (String) created.getFlashMap().get("notice");
        Matcher matcher = GENERATED.matcher(notice);
        assertThat(matcher.find()).as(notice).isTrue();
        String password = matcher.group(1);
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);

        mvc.perform(get("/admin/users").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"flash notice\" role=\"status\">User &#39;" + username
                        + "&#39; was created with the password " + password + " ")));
        mvc.perform(get("/admin/users").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(not(containsString(password))));

        assertThat(users.findByUsername(username).orElseThrow().admin()).isTrue();
        mvc.perform(formLogin("/users/sign_in").user(username).password(password))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void aBadUsernameIsShownNextToTheField() throws Exception {
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", "-bad name").param("name", "Bad").param("email", "bad@example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Username can contain only letters")))
                .andExpect(content().string(containsString("value=\"Bad\"")));
        assertThat(users.findByUsername("-bad name")).isEmpty();
    }

    @Test
    void aBadEmailIsShownNextToTheField() throws Exception {
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", Fixtures.unique("mail")).param("name", "Mail").param("email", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Email is invalid</p>")));
    }

    @Test
    void aTakenUsernameOrEmailIsShownNextToTheField() throws Exception {
        UserView existing = fixtures.user("taken");
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", existing.username().toUpperCase()).param("name", "Again").param("email", Fixtures.unique("x") + "@example.com"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Username has already been taken</p>")));
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", Fixtures.unique("other")).param("name", "Again").param("email", existing.email()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Email has already been taken</p>")));
    }

    @Test
    void aTooShortPasswordIsShownNextToTheFieldAndNotSentBack() throws Exception {
        mvc.perform(post("/admin/users").with(signedIn.as(admin)).with(csrf())
                        .param("username", Fixtures.unique("short")).param("name", "Short").param("email", Fixtures.unique("s") + "@example.com")
                        .param("password", "secret7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Password is too short")))
                .andExpect(content().string(not(containsString("secret7"))));
    }

    @Test
    void theListShowsEveryUserWithBadgesAndActions() throws Exception {
        UserView member = fixtures.user("listed");
        mvc.perform(get("/admin/users").with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(member.email())))
                .andExpect(content().string(containsString(member.name())))
                .andExpect(content().string(containsString("action=\"/admin/users/" + member.username() + "/block\"")))
                .andExpect(content().string(containsString("action=\"/admin/users/" + member.username() + "/make_admin\"")))
                .andExpect(content().string(containsString("<span class=\"badge\">Bot</span>")))
                .andExpect(content().string(containsString("<span class=\"badge admin\">Admin</span>")))
                .andExpect(content().string(not(containsString("action=\"/admin/users/" + admin.username() + "/block\""))));
    }

    @Test
    void blockingAUserKeepsThemOutUntilUnblocked() throws Exception {
        UserView member = fixtures.user("blockee");
        mvc.perform(post("/admin/users/" + member.username() + "/block").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", containsString("was blocked")));
        assertThat(users.getById(member.id()).state()).isEqualTo(UserState.BLOCKED);
        mvc.perform(formLogin("/users/sign_in").user(member.username()).password(Fixtures.PASSWORD))
                .andExpect(unauthenticated());
        mvc.perform(get("/admin/users").with(signedIn.as(admin)))
                .andExpect(content().string(containsString("<span class=\"badge blocked\">Blocked</span>")))
                .andExpect(content().string(containsString("action=\"/admin/users/" + member.username() + "/unblock\"")));

        mvc.perform(post("/admin/users/" + member.username() + "/block").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));

        mvc.perform(post("/admin/users/" + member.username() + "/unblock").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", containsString("was unblocked")));
        assertThat(users.getById(member.id()).active()).isTrue();
        mvc.perform(formLogin("/users/sign_in").user(member.username()).password(Fixtures.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void makingAndRemovingAnAdminChangesTheirRights() throws Exception {
        UserView member = fixtures.user("promoted");
        mvc.perform(post("/admin/users/" + member.username() + "/make_admin").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", containsString("is now an administrator")));
        assertThat(users.getById(member.id()).admin()).isTrue();
        mvc.perform(get("/admin").with(signedIn.as(users.getById(member.id()))))
                .andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + member.username() + "/remove_admin").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("notice", containsString("is no longer an administrator")));
        assertThat(users.getById(member.id()).admin()).isFalse();
        mvc.perform(get("/admin").with(signedIn.as(users.getById(member.id()))))
                .andExpect(status().isNotFound());
    }

    @Test
    void blockingYourselfShowsAnAlertAndChangesNothing() throws Exception {
        mvc.perform(post("/admin/users/" + admin.username() + "/block").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("alert", "You cannot block yourself or take away your own admin rights"));
        mvc.perform(post("/admin/users/" + admin.username() + "/remove_admin").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("alert", containsString("cannot")));
        UserView unchanged = users.getById(admin.id());
        assertThat(unchanged.active()).isTrue();
        assertThat(unchanged.admin()).isTrue();
    }

    @Test
    void theAlertIsShownOnTheListAfterTheRedirect() throws Exception {
        Cookie session = AdminSessionTests.signIn(mvc, admin);
        mvc.perform(post("/admin/users/" + admin.username() + "/block").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/admin/users").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"flash alert\" role=\"alert\">You cannot block yourself")));

        mvc.perform(post("/admin/users/" + UserService.SUPPORT_BOT_USERNAME + "/block").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(get("/admin/users").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<div class=\"flash alert\" role=\"alert\">The Support Bot cannot be changed</div>")));
        assertThat(users.supportBot().active()).isTrue();
    }

    @Test
    void anUnknownUserIsNotFound() throws Exception {
        mvc.perform(post("/admin/users/" + Fixtures.unique("nobody") + "/block").with(signedIn.as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
