package dev.servicedesk.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.servicedesk.Fixtures;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Personal access tokens: who may create, see and revoke them, and which ones let an API call in. */
@SpringBootTest
class PersonalAccessTokenTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Autowired PersonalAccessTokenService tokens;
    @Autowired UserService users;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    UserView user;
    Actor actor;

    @BeforeEach
    void createUser() {
        user = fixtures.user("tokens");
        actor = user.asActor();
    }

    @Test
    void aNewTokenAuthenticatesAsItsUserWithItsScopes() {
        CreatedToken created = tokens.create(actor, user.id(), "  CI  ", Set.of("read_api"), TODAY.plusDays(30));

        assertThat(created.token().name()).isEqualTo("CI");
        assertThat(created.token().userId()).isEqualTo(user.id());
        assertThat(created.token().scopes()).containsExactly("read_api");
        assertThat(created.token().expiresAt()).isEqualTo(TODAY.plusDays(30));
        assertThat(created.token().active()).isTrue();
        assertThat(created.token().lastUsedAt()).isNull();

        TokenOwner owner = tokens.authenticate(created.secret()).orElseThrow();
        assertThat(owner.actor()).isEqualTo(Actor.user(user.id(), user.username(), false));
        assertThat(owner.scopes()).containsExactly("read_api");
        assertThat(owner.canWrite()).isFalse();

        CreatedToken writing = tokens.create(actor, user.id(), "deploy", Set.of("api", "read_api"), null);
        TokenOwner writer = tokens.authenticate(writing.secret()).orElseThrow();
        assertThat(writer.scopes()).containsExactlyInAnyOrder("api", "read_api");
        assertThat(writer.canWrite()).isTrue();
    }

    @Test
    void theSecretCarriesAPrefixAndThirtyTwoRandomUrlSafeCharacters() {
        String first = tokens.create(actor, user.id(), "one", Set.of("api"), null).secret();
        String second = tokens.create(actor, user.id(), "two", Set.of("api"), null).secret();

        assertThat(first).matches("sdpat-[A-Za-z0-9_-]{32}");
        assertThat(second).matches("sdpat-[A-Za-z0-9_-]{32}").isNotEqualTo(first);
    }

    @Test
    void onlyTheDigestOfTheSecretIsStored() throws Exception {
        CreatedToken created = tokens.create(actor, user.id(), "stored", Set.of("api"), null);

        Map<String, Object> row = jdbc.sql("select * from personal_access_tokens where id = ?")
                .param(created.token().id()).query().singleRow();
        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(created.secret().getBytes(StandardCharsets.UTF_8)));
        assertThat(row.get("token_digest")).isEqualTo(sha256);
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(created.secret().substring(6)));
        assertThat(row.get("scopes")).isEqualTo("api");
        assertThat(row.get("revoked")).isEqualTo(false);
    }

    @Test
    void unknownTokensDoNotAuthenticate() {
        String secret = tokens.create(actor, user.id(), "real", Set.of("api"), null).secret();

        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate("sdpat-" + "x".repeat(32))).isEmpty();
        assertThat(tokens.authenticate(secret + "x")).isEmpty();
        assertThat(tokens.authenticate(secret.toUpperCase())).isEmpty();
        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticates() {
        CreatedToken created = tokens.create(actor, user.id(), "revoked", Set.of("api"), null);

        tokens.revoke(actor, user.id(), created.token().id());
        tokens.revoke(actor, user.id(), created.token().id());

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        TokenView revoked = tokens.list(actor, user.id()).get(0);
        assertThat(revoked.revoked()).isTrue();
        assertThat(revoked.active()).isFalse();
    }

    @Test
    void aTokenWorksUntilTheEndOfItsExpiryDayInUtc() {
        CreatedToken created = tokens.create(actor, user.id(), "short-lived", Set.of("api"), TODAY);
        assertThat(tokens.authenticate(created.secret())).isPresent();

        jdbc.sql("update personal_access_tokens set expires_at = ? where id = ?")
                .params(TODAY.minusDays(1), created.token().id()).update();

        assertThat(tokens.authenticate(created.secret())).isEmpty();
        TokenView expired = tokens.list(actor, user.id()).get(0);
        assertThat(expired.expired()).isTrue();
        assertThat(expired.active()).isFalse();
        assertThat(expired.revoked()).isFalse();
    }

    @Test
    void aBlockedUsersTokensStopWorkingUntilTheyAreUnblocked() {
        Actor admin = fixtures.admin().asActor();
        String secret = tokens.create(actor, user.id(), "blocked", Set.of("api"), null).secret();

        users.block(admin, user.id());
        assertThat(tokens.authenticate(secret)).isEmpty();

        users.unblock(admin, user.id());
        assertThat(tokens.authenticate(secret)).isPresent();
    }

    @Test
    void theSupportBotCannotHaveTokens() {
        Actor admin = fixtures.admin().asActor();
        assertThatThrownBy(() -> tokens.create(admin, users.supportBot().id(), "bot", Set.of("api"), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void lastUsedIsWrittenAtMostOncePerMinute() {
        CreatedToken created = tokens.create(actor, user.id(), "busy", Set.of("api"), null);
        long id = created.token().id();

        tokens.authenticate(created.secret());
        Instant first = lastUsedAt(id);
        assertThat(first).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        tokens.authenticate(created.secret());
        assertThat(lastUsedAt(id)).isEqualTo(first);

        Instant twoMinutesAgo = Instant.now().minus(2, ChronoUnit.MINUTES);
        jdbc.sql("update personal_access_tokens set last_used_at = ? where id = ?")
                .params(Timestamp.from(twoMinutesAgo), id).update();
        tokens.authenticate(created.secret());
        assertThat(lastUsedAt(id)).isAfter(twoMinutesAgo.plus(1, ChronoUnit.MINUTES));
        assertThat(tokens.list(actor, user.id()).get(0).lastUsedAt()).isNotNull();
    }

    @Test
    void aUserCannotListCreateOrRevokeAnotherUsersTokens() {
        UserView other = fixtures.user("other");
        long othersToken = tokens.create(other.asActor(), other.id(), "theirs", Set.of("api"), null).token().id();

        assertThatThrownBy(() -> tokens.list(actor, other.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.create(actor, other.id(), "mine now", Set.of("api"), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.revoke(actor, other.id(), othersToken)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> tokens.list(Actor.anonymous(), other.id())).isInstanceOf(ForbiddenException.class);
        // through their own user id, another user's token is simply not there
        assertThatThrownBy(() -> tokens.revoke(actor, user.id(), othersToken)).isInstanceOf(NotFoundException.class);

        assertThat(tokens.list(other.asActor(), other.id())).singleElement()
                .satisfies(token -> assertThat(token.active()).isTrue());
        // a non-admin learns nothing about user ids that do not exist either
        assertThatThrownBy(() -> tokens.list(actor, Long.MAX_VALUE)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAdminManagesAnyUsersTokens() {
        Actor admin = fixtures.admin().asActor();

        CreatedToken created = tokens.create(admin, user.id(), "made by admin", Set.of("api"), null);
        assertThat(tokens.authenticate(created.secret()).orElseThrow().actor().userId()).isEqualTo(user.id());
        assertThat(tokens.list(admin, user.id())).extracting(TokenView::name).containsExactly("made by admin");

        tokens.revoke(admin, user.id(), created.token().id());
        assertThat(tokens.authenticate(created.secret())).isEmpty();

        assertThatThrownBy(() -> tokens.list(admin, Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.create(admin, Long.MAX_VALUE, "nobody", Set.of("api"), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tokens.revoke(admin, user.id(), Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theListIsNewestFirstAndKeepsRevokedTokens() {
        long first = tokens.create(actor, user.id(), "first", Set.of("api"), null).token().id();
        tokens.create(actor, user.id(), "second", Set.of("read_api"), null);
        tokens.revoke(actor, user.id(), first);

        List<TokenView> listed = tokens.list(actor, user.id());
        assertThat(listed).extracting(TokenView::name).containsExactly("second", "first");
        assertThat(listed).extracting(TokenView::active).containsExactly(true, false);
    }

    @Test
    void invalidInputNamesTheField() {
        assertInvalid("name", () -> tokens.create(actor, user.id(), " ", Set.of("api"), null));
        assertInvalid("name", () -> tokens.create(actor, user.id(), null, Set.of("api"), null));
        assertInvalid("name", () -> tokens.create(actor, user.id(), "n".repeat(256), Set.of("api"), null));
        assertInvalid("scopes", () -> tokens.create(actor, user.id(), "none", Set.of(), null));
        assertInvalid("scopes", () -> tokens.create(actor, user.id(), "none", null, null));
        assertInvalid("scopes", () -> tokens.create(actor, user.id(), "unknown", Set.of("api", "sudo"), null));
        assertInvalid("expires_at", () -> tokens.create(actor, user.id(), "past", Set.of("api"), TODAY.minusDays(1)));
        assertThat(tokens.list(actor, user.id())).isEmpty();
    }

    @Test
    void theConfiguredRootTokenAuthenticatesAsRootWithTheApiScope() {
        TokenOwner root = tokens.authenticate("test-root-token-0123456789").orElseThrow();

        assertThat(root.actor().username()).isEqualTo("root");
        assertThat(root.actor().admin()).isTrue();
        assertThat(root.scopes()).containsExactly("api");
        assertThat(root.canWrite()).isTrue();
        List<TokenView> envTokens = tokens.list(root.actor(), root.actor().userId()).stream()
                .filter(token -> token.name().equals("SERVICEDESK_ROOT_TOKEN") && token.active())
                .toList();
        assertThat(envTokens).singleElement().satisfies(token -> assertThat(token.expiresAt()).isNull());
    }

    private Instant lastUsedAt(long id) {
        return jdbc.sql("select last_used_at from personal_access_tokens where id = ?")
                .param(id).query(Timestamp.class).single().toInstant();
    }

    private static void assertInvalid(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                error -> assertThat(error.field()).isEqualTo(field));
    }
}
