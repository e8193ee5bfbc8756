package dev.servicedesk.accounts.internal;

import java.nio.file.Path;

import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.RootAccountProperties;
import dev.servicedesk.accounts.TokenOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SERVICEDESK_ROOT_TOKEN across restarts: the test context started with
 * {@code test-root-token-0123456789}; these tests run the initializer again as a restart would.
 */
@SpringBootTest
class RootTokenInitializerTests {

    private static final String CONFIGURED = "test-root-token-0123456789";

    @Autowired UserRepository users;
    @Autowired PersonalAccessTokenRepository tokens;
    @Autowired PersonalAccessTokenService tokenService;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcClient jdbc;

    @Test
    void aRestartWithTheSameValueChangesNothing() {
        long before = activeEnvTokenId();

        restartWith(CONFIGURED);
        restartWith(CONFIGURED);

        assertThat(activeEnvTokenId()).isEqualTo(before);
        assertThat(envTokens(false)).isEqualTo(1);
    }

    @Test
    void aNewValueRevokesTheOldTokenAndARevokedValueIsRestoredWhileConfigured() {
        String changed = "changed-root-token-0123456789";
        try {
            restartWith(changed);
            assertThat(tokenService.authenticate(CONFIGURED)).isEmpty();
            TokenOwner root = tokenService.authenticate(changed).orElseThrow();
            assertThat(root.actor().username()).isEqualTo("root");
            assertThat(root.canWrite()).isTrue();
            assertThat(envTokens(false)).isEqualTo(1);
        } finally {
            restartWith(CONFIGURED);
        }
        assertThat(tokenService.authenticate(changed)).isEmpty();
        assertThat(tokenService.authenticate(CONFIGURED)).isPresent();
        assertThat(envTokens(false)).isEqualTo(1);
    }

    @Test
    void aValueShorterThanTwentyCharactersStopsTheStart() {
        RootAccountProperties tooShort = properties("short-token");

        assertThatThrownBy(() -> new RootTokenInitializer(tooShort, users, tokens))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SERVICEDESK_ROOT_TOKEN")
                .hasMessageContaining("at least 20 characters")
                .hasMessageNotContaining("short-token");
    }

    private void restartWith(String token) {
        RootTokenInitializer initializer = new RootTokenInitializer(properties(token), users, tokens);
        transaction.executeWithoutResult(status -> initializer.run(new DefaultApplicationArguments()));
    }

    private static RootAccountProperties properties(String token) {
        return new RootAccountProperties("test-root-password", Path.of("target/test-initial_root_password"), token);
    }

    private long activeEnvTokenId() {
        return jdbc.sql("""
                        select t.id from personal_access_tokens t join users u on u.id = t.user_id
                        where u.username = 'root' and t.name = 'SERVICEDESK_ROOT_TOKEN' and not t.revoked""")
                .query(Long.class).single();
    }

    private long envTokens(boolean revoked) {
        return jdbc.sql("""
                        select count(*) from personal_access_tokens t join users u on u.id = t.user_id
                        where u.username = 'root' and t.name = 'SERVICEDESK_ROOT_TOKEN' and t.revoked = ?""")
                .param(revoked).query(Long.class).single();
    }
}
