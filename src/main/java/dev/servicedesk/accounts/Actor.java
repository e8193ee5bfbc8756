package dev.servicedesk.accounts;

/**
 * Whoever makes a request: a signed-in user or nobody. Services take it as their first argument
 * and decide with it what the caller may see and do.
 */
public record Actor(Long userId, String username, boolean admin) {

    private static final Actor ANONYMOUS = new Actor(null, null, false);

    public Actor {
        if (userId == null && (username != null || admin)) {
            throw new IllegalArgumentException("an anonymous actor has no name and is no admin");
        }
    }

    public static Actor anonymous() {
        return ANONYMOUS;
    }

    public static Actor user(long userId, String username, boolean admin) {
        return new Actor(userId, username, admin);
    }

    public boolean signedIn() {
        return userId != null;
    }

    public boolean is(Long otherUserId) {
        return userId != null && userId.equals(otherUserId);
    }
}
