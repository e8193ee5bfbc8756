package dev.servicedesk.accounts.internal;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import dev.servicedesk.accounts.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal kept in the (database-stored) session: small and serializable. */
record SignedInUser(long id, String username, String passwordHash, boolean admin, boolean active)
        implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static SignedInUser of(User user) {
        return new SignedInUser(user.getId(), user.getUsername(), user.getPasswordHash(), user.isAdmin(), user.canSignIn());
    }

    Actor actor() {
        return Actor.user(id, username, admin);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }
}
