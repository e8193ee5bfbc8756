package dev.servicedesk.accounts.internal;

import java.util.Set;

import dev.servicedesk.accounts.RootAccountProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes {@code SERVICEDESK_ROOT_TOKEN} an {@code api} token of root on every start, so that
 * automation can call the API from the first start on without clicking through the UI. The
 * configured value wins: a changed value revokes the previous one, and a revoked one that is
 * still configured works again after the next start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after RootUserInitializer has created root
class RootTokenInitializer implements ApplicationRunner {

    static final String NAME = "SERVICEDESK_ROOT_TOKEN";
    static final int MIN_LENGTH = 20;

    private static final Logger log = LoggerFactory.getLogger(RootTokenInitializer.class);
    private static final Set<String> SCOPES = Set.of("api");

    private final RootAccountProperties properties;
    private final UserRepository users;
    private final PersonalAccessTokenRepository tokens;

    RootTokenInitializer(RootAccountProperties properties, UserRepository users, PersonalAccessTokenRepository tokens) {
        // Checked while the context starts, so that a bad value stops the start before anything is served.
        // The message leaves the value out: even a rejected secret does not belong in a log.
        if (properties.hasToken() && properties.token().length() < MIN_LENGTH) {
            throw new IllegalStateException(NAME + " (servicedesk.root.token) must be at least " + MIN_LENGTH
                    + " characters long; the configured value has " + properties.token().length());
        }
        this.properties = properties;
        this.users = users;
        this.tokens = tokens;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!properties.hasToken()) {
            return;
        }
        // Locking root makes instances that start at the same time take turns here.
        User root = users.lockByUsername(RootUserInitializer.ROOT)
                .orElseThrow(() -> new IllegalStateException("root is created before its token"));
        String digest = TokenSecrets.digest(properties.token());
        PersonalAccessToken current = tokens.findByTokenDigest(digest)
                .filter(token -> isConfigured(token, root))
                .orElseGet(() -> create(root, digest));
        for (PersonalAccessToken previous : tokens.findAllByUserIdAndNameAndRevokedFalse(root.getId(), NAME)) {
            if (!previous.getId().equals(current.getId())) {
                previous.revoke();
                log.info("Revoked the previous {} of root (id {}): the configured value has changed", NAME, previous.getId());
            }
        }
    }

    private PersonalAccessToken create(User root, String digest) {
        tokens.findByTokenDigest(digest).ifPresent(existing -> {
            if (existing.getUserId() != root.getId()) {
                throw new IllegalStateException(NAME + " is the secret of another user's access token; choose a new value");
            }
            log.warn("{} had been revoked or changed in the application; it works again because it is still configured. "
                    + "Set a new value to retire it.", NAME);
            tokens.delete(existing);
            // the digest is unique: the old row has to be gone before the new one is inserted
            tokens.flush();
        });
        PersonalAccessToken token = tokens.save(new PersonalAccessToken(root.getId(), NAME, digest, SCOPES, null));
        log.info("Created the access token {} of root with the scope api", NAME);
        return token;
    }

    private static boolean isConfigured(PersonalAccessToken token, User root) {
        return token.getUserId() == root.getId() && NAME.equals(token.getName()) && !token.isRevoked()
                && token.getExpiresAt() == null && token.scopes().equals(SCOPES);
    }
}
