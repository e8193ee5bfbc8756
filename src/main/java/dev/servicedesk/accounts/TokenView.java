package dev.servicedesk.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A personal access token without its secret. It works until the end of {@code expiresAt} in UTC
 * (GitLab's rule), or for ever when {@code expiresAt} is null, unless revoked.
 */
public record TokenView(long id, long userId, String name, Set<String> scopes, LocalDate expiresAt,
                        boolean revoked, Instant createdAt, Instant lastUsedAt) {

    public TokenView {
        // sorted, so that pages and API answers list the scopes in the same order every time
        scopes = Collections.unmodifiableSortedSet(new TreeSet<>(scopes));
    }

    public boolean active() {
        return !revoked && !expired();
    }

    public boolean expired() {
        return expiresAt != null && LocalDate.now(ZoneOffset.UTC).isAfter(expiresAt);
    }
}
