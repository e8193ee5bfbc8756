package dev.servicedesk.accounts;

import java.util.Set;

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
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A signed-in user creates and revokes their own tokens at /-/user_settings/personal_access_tokens. */
@SpringBootTest
@AutoConfigureMockMvc
class PersonalAccessTokenPageTests {

    private static final String PAGE = "/-/user_settings/personal_access_tokens";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired PersonalAccessTokenService tokens;

    UserView user;

    @BeforeEach
    void createUser() {
        user = fixtures.user("pat-page");
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get(PAGE))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/users/sign_in")));
        mvc.perform(post(PAGE).with(csrf()).param("name", "sneaky").param("scopes", "api"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/users/sign_in")));
    }

    @Test
    void theHeaderLinksToThePageAndThePageShowsTheForm() throws Exception {
        mvc.perform(get(PAGE).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<a href=\"" + PAGE + "\">Access tokens</a>")))
                .andExpect(content().string(containsString("type=\"date\"")))
                .andExpect(content().string(containsString("value=\"api\"")))
                .andExpect(content().string(containsString("value=\"read_api\"")))
                .andExpect(content().string(containsString("You have no personal access tokens yet.")));
    }

    @Test
    void theSecretIsShownOnceAfterCreating() throws Exception {
        // A real session: the flash travels in it from the POST to the next page.
        Cookie session = AdminSessionTests.signIn(mvc, user);
        MvcResult created = mvc.perform(post(PAGE).cookie(session).with(csrf())
                        .param("name", "Deploy script").param("scopes", "api").param("scopes", "read_api")
                        .param("expiresAt", "2099-12-31"))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "The personal access token 'Deploy script' was created."))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newTokenSecret");
        assertThat(secret).matches("sdpat-[A-Za-z0-9_-]{32}");

        mvc.perform(get(PAGE).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + secret + "\"")))
                .andExpect(content().string(containsString("it is not shown again")))
                .andExpect(content().string(containsString("Deploy script")))
                .andExpect(content().string(containsString("api, read_api")))
                .andExpect(content().string(containsString("2099-12-31")));
        mvc.perform(get(PAGE).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deploy script")))
                .andExpect(content().string(not(containsString(secret))));

        TokenOwner owner = tokens.authenticate(secret).orElseThrow();
        assertThat(owner.actor().userId()).isEqualTo(user.id());
        assertThat(owner.canWrite()).isTrue();
    }

    @Test
    void aBlankNameIsShownNextToTheFieldAndTheFormKeepsTheInput() throws Exception {
        mvc.perform(post(PAGE).with(signedIn.as(user)).with(csrf())
                        .param("name", " ").param("scopes", "read_api").param("expiresAt", "2099-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid\"")))
                .andExpect(content().string(containsString("<p class=\"error\">Name can&#39;t be blank</p>")))
                .andExpect(content().string(containsString("value=\"2099-01-01\"")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"read_api\"[^>]*checked=\"checked\".*")))
                .andExpect(content().string(not(matchesPattern("(?s).*value=\"api\"[^>]*checked=\"checked\".*"))));
        assertThat(tokens.list(user.asActor(), user.id())).isEmpty();
    }

    @Test
    void missingScopesAndBadDatesAreShownNextToTheirFields() throws Exception {
        mvc.perform(post(PAGE).with(signedIn.as(user)).with(csrf()).param("name", "no scope"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Select at least one scope</p>")));
        mvc.perform(post(PAGE).with(signedIn.as(user)).with(csrf())
                        .param("name", "past").param("scopes", "api").param("expiresAt", "2000-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Expiration date can&#39;t be in the past</p>")));
        mvc.perform(post(PAGE).with(signedIn.as(user)).with(csrf())
                        .param("name", "mangled").param("scopes", "api").param("expiresAt", "31.12.2099"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"error\">Expiration date must be a date like 2030-12-31</p>")));
        assertThat(tokens.list(user.asActor(), user.id())).isEmpty();
    }

    @Test
    void revokingATokenStopsItAndLeavesItListedAsRevoked() throws Exception {
        CreatedToken created = tokens.create(user.asActor(), user.id(), "old laptop", Set.of("api"), null);
        String revoke = PAGE + "/" + created.token().id() + "/revoke";
        mvc.perform(get(PAGE).with(signedIn.as(user)))
                .andExpect(content().string(containsString("action=\"" + revoke + "\"")));

        mvc.perform(post(revoke).with(signedIn.as(user)).with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "The personal access token was revoked; it no longer works."));

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        mvc.perform(get(PAGE).with(signedIn.as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("old laptop")))
                .andExpect(content().string(containsString("<span class=\"badge blocked\">Revoked</span>")))
                .andExpect(content().string(not(containsString("action=\"" + revoke + "\""))));
    }

    @Test
    void revokingNeedsTheCsrfTokenAndOnlyReachesYourOwnTokens() throws Exception {
        CreatedToken mine = tokens.create(user.asActor(), user.id(), "mine", Set.of("api"), null);
        UserView other = fixtures.user("pat-other");
        CreatedToken theirs = tokens.create(other.asActor(), other.id(), "theirs", Set.of("api"), null);

        mvc.perform(post(PAGE + "/" + mine.token().id() + "/revoke").with(signedIn.as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/" + theirs.token().id() + "/revoke").with(signedIn.as(user)).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.authenticate(mine.secret())).isPresent();
        assertThat(tokens.authenticate(theirs.secret())).isPresent();
        mvc.perform(get(PAGE).with(signedIn.as(user)))
                .andExpect(content().string(not(containsString("theirs"))));
    }
}
