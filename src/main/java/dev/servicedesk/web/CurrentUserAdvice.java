package dev.servicedesk.web;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user (or null) into every page's model for the header. */
@ControllerAdvice
class CurrentUserAdvice {

    private final UserService users;

    CurrentUserAdvice(UserService users) {
        this.users = users;
    }

    @ModelAttribute("currentUser")
    UserView currentUser(Actor actor) {
        return actor.signedIn() ? users.findById(actor.userId()).orElse(null) : null;
    }
}
