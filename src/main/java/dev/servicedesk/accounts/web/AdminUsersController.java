package dev.servicedesk.accounts.web;

import java.util.Locale;
import java.util.Set;
import java.util.function.LongConsumer;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin area's users: list, create, block and unblock, grant and take away admin rights. */
@Controller
@RequestMapping("/admin/users")
class AdminUsersController {

    private static final Set<String> FIELDS = Set.of("username", "name", "email", "password");
    private static final String LIST = "redirect:/admin/users";

    private final UserService users;
    private final MessageSource messages;

    AdminUsersController(UserService users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", users.list());
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new CreateUserForm());
        return "admin/new_user";
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("form") CreateUserForm form, BindingResult result, Locale locale,
                  RedirectAttributes redirect) {
        String generated = form.hasPassword() ? null : UserService.randomPassword();
        try {
            UserView user = users.create(actor, form.toNewUser(generated));
            // The generated password exists nowhere else: the flash shows it on the next page only.
            redirect.addFlashAttribute("notice", generated == null
                    ? text("admin.users.created", locale, user.username())
                    : text("admin.users.createdWithPassword", locale, user.username(), generated));
            return LIST;
        } catch (InvalidInputException e) {
            if (e.field() != null && FIELDS.contains(e.field())) {
                result.rejectValue(e.field(), "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return "admin/new_user";
        }
    }

    @PostMapping("/{username}/block")
    String block(Actor actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(username, "admin.users.blocked", locale, redirect, id -> users.block(actor, id));
    }

    @PostMapping("/{username}/unblock")
    String unblock(Actor actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(username, "admin.users.unblocked", locale, redirect, id -> users.unblock(actor, id));
    }

    @PostMapping("/{username}/make_admin")
    String makeAdmin(Actor actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(username, "admin.users.madeAdmin", locale, redirect, id -> users.setAdmin(actor, id, true));
    }

    @PostMapping("/{username}/remove_admin")
    String removeAdmin(Actor actor, @PathVariable String username, Locale locale, RedirectAttributes redirect) {
        return change(username, "admin.users.removedAdmin", locale, redirect, id -> users.setAdmin(actor, id, false));
    }

    // A refused change (the admin's own account, the Support Bot) is an alert on the list, not an error page.
    private String change(String username, String notice, Locale locale, RedirectAttributes redirect, LongConsumer action) {
        UserView user = users.findByUsername(username).orElseThrow(() -> new NotFoundException("User"));
        try {
            action.accept(user.id());
            redirect.addFlashAttribute("notice", text(notice, locale, user.username()));
        } catch (ForbiddenException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return LIST;
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
