package dev.servicedesk.accounts.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in by username or email, as on GitLab. Bots have no password and never sign in. */
@Component
class PasswordSignIn implements UserDetailsService {

    private final UserRepository users;

    PasswordSignIn(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String login) {
        return users.findByLogin(login.trim())
                .filter(user -> !user.isBot() && user.getPasswordHash() != null)
                .map(SignedInUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("no user " + login));
    }
}
