package dev.servicedesk.accounts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.servicedesk.accounts.internal.PersonalAccessToken;
import dev.servicedesk.accounts.internal.PersonalAccessTokenRepository;
import dev.servicedesk.accounts.internal.TokenSecrets;
import dev.servicedesk.accounts.internal.User;
import dev.servicedesk.accounts.internal.UserRepository;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GitLab-style personal access tokens: a user manages their own, an administrator anyone's. The
 * API authenticates a request by the token it carries and then acts as the token's user.
 */
@Service
@Transactional(readOnly = true)
public class PersonalAccessTokenService {

    public static final Set<String> SCOPES = Set.of("api", "read_api");

    // A busy script would otherwise write a row on every call; GitLab is as coarse.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final int MAX_NAME_LENGTH = 255;

    private final PersonalAccessTokenRepository tokens;
    private final UserRepository users;

    PersonalAccessTokenService(PersonalAccessTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    /** Empty for an unknown, revoked or expired token, and for a token of a blocked user or a bot. */
    @Transactional
    public Optional<TokenOwner> authenticate(String rawToken) {
        if (rawToken == null || rawToken.isBlank()) {
            return Optional.empty();
        }
        Optional<PersonalAccessToken> found = tokens.findByTokenDigest(TokenSecrets.digest(rawToken))
                .filter(token -> token.view().active());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        PersonalAccessToken token = found.get();
        Optional<UserView> user = users.findById(token.getUserId()).map(User::view)
                .filter(owner -> owner.active() && !owner.bot());
        if (user.isEmpty()) {
            return Optional.empty();
        }
        recordUse(token);
        return Optional.of(new TokenOwner(user.get().asActor(), token.scopes()));
    }

    /** A user for themself, an administrator for anyone. The secret is in the result only. */
    @Transactional
    public CreatedToken create(Actor actor, long userId, String name, Set<String> scopes, LocalDate expiresAt) {
        User owner = owner(actor, userId);
        if (owner.isBot()) {
            throw new ForbiddenException("The Support Bot cannot have access tokens");
        }
        String checkedName = checkName(name);
        checkScopes(scopes);
        checkExpiry(expiresAt);
        String secret = TokenSecrets.generate();
        PersonalAccessToken token = tokens.save(
                new PersonalAccessToken(userId, checkedName, TokenSecrets.digest(secret), scopes, expiresAt));
        return new CreatedToken(token.view(), secret);
    }

    /** Newest first, revoked and expired ones included. */
    public List<TokenView> list(Actor actor, long userId) {
        owner(actor, userId);
        return tokens.findAllByUserIdOrderByCreatedAtDescIdDesc(userId).stream().map(PersonalAccessToken::view).toList();
    }

    /** Revoking a revoked token changes nothing (a form sent twice). */
    @Transactional
    public void revoke(Actor actor, long userId, long tokenId) {
        owner(actor, userId);
        PersonalAccessToken token = tokens.findByIdAndUserId(tokenId, userId)
                .orElseThrow(() -> new NotFoundException("Personal access token"));
        if (!token.isRevoked()) {
            token.revoke();
        }
    }

    // The permission check comes first, so that nobody learns which user ids exist.
    private User owner(Actor actor, long userId) {
        if (!actor.is(userId) && !actor.admin()) {
            throw new ForbiddenException("You can only manage your own access tokens");
        }
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User"));
    }

    private void recordUse(PersonalAccessToken token) {
        Instant now = Instant.now();
        Instant notBefore = now.minus(LAST_USED_PRECISION);
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(notBefore)) {
            tokens.touch(token.getId(), now, notBefore);
        }
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "Name can't be blank");
        }
        String trimmed = name.trim();
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "Name is too long (maximum is " + MAX_NAME_LENGTH + " characters)");
        }
        return trimmed;
    }

    private static void checkScopes(Set<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new InvalidInputException("scopes", "Select at least one scope");
        }
        if (scopes.stream().anyMatch(scope -> scope == null || !SCOPES.contains(scope))) {
            throw new InvalidInputException("scopes", "Scopes can only be api and read_api");
        }
    }

    private static void checkExpiry(LocalDate expiresAt) {
        if (expiresAt != null && expiresAt.isBefore(LocalDate.now(ZoneOffset.UTC))) {
            throw new InvalidInputException("expires_at", "Expiration date can't be in the past");
        }
    }
}
