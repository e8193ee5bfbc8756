package dev.servicedesk.accounts;

import java.util.Set;

/** Who an API call with a valid token acts as, and what the token allows. */
public record TokenOwner(Actor actor, Set<String> scopes) {

    public TokenOwner {
        scopes = Set.copyOf(scopes);
    }

    /** {@code read_api} allows GET requests only; {@code api} everything the user may do. */
    public boolean canWrite() {
        return scopes.contains("api");
    }
}
