package dev.servicedesk.accounts;

import java.time.Instant;

public record UserView(long id, String username, String name, String email, boolean admin,
                       UserState state, boolean bot, Instant createdAt) {

    public boolean active() {
        return state == UserState.ACTIVE;
    }

    public Actor asActor() {
        return Actor.user(id, username, admin);
    }
}
