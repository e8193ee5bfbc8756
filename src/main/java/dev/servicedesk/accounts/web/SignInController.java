package dev.servicedesk.accounts.web;

import dev.servicedesk.accounts.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/users/sign_in")
    String signIn(Actor actor) {
        return actor.signedIn() ? "redirect:/" : "accounts/sign_in";
    }
}
