package dev.servicedesk.web;

import dev.servicedesk.accounts.UserView;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs a MockMvc request in as a real user, with the same principal the sign-in form produces. */
@Component
public class SignedIn {

    private final UserDetailsService userDetails;

    SignedIn(UserDetailsService userDetails) {
        this.userDetails = userDetails;
    }

    public RequestPostProcessor as(UserView user) {
        return user(userDetails.loadUserByUsername(user.username()));
    }
}
