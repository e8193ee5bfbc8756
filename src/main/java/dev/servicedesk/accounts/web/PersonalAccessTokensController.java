package dev.servicedesk.accounts.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.CreatedToken;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.common.InvalidInputException;
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

/** The signed-in user's own personal access tokens, at GitLab's URL. */
@Controller
@RequestMapping(PersonalAccessTokensController.PATH)
class PersonalAccessTokensController {

    static final String PATH = "/-/user_settings/personal_access_tokens";

    // The service names fields as the API does; the form uses bean property names.
    private static final Map<String, String> FIELDS = Map.of("name", "name", "scopes", "scopes", "expires_at", "expiresAt");
    private static final List<String> SCOPES = List.of("api", "read_api");

    private final PersonalAccessTokenService tokens;
    private final MessageSource messages;

    PersonalAccessTokensController(PersonalAccessTokenService tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, Model model) {
        return page(actor, new CreateTokenForm(), model);
    }

    @PostMapping
    String create(Actor actor, @ModelAttribute("form") CreateTokenForm form, BindingResult result, Model model,
                  Locale locale, RedirectAttributes redirect) {
        try {
            CreatedToken created = tokens.create(actor, actor.userId(), form.getName(), form.scopeSet(), form.expiryDate());
            // The secret exists nowhere else: the flash shows it on the next page only.
            redirect.addFlashAttribute("newTokenSecret", created.secret());
            redirect.addFlashAttribute("notice", messages.getMessage("tokens.created", new Object[] {created.token().name()}, locale));
            return "redirect:" + PATH;
        } catch (InvalidInputException e) {
            String field = e.field() == null ? null : FIELDS.get(e.field());
            if (field != null) {
                result.rejectValue(field, "invalid", e.getMessage());
            } else {
                result.reject("invalid", e.getMessage());
            }
            return page(actor, form, model);
        }
    }

    @PostMapping("/{id}/revoke")
    String revoke(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        tokens.revoke(actor, actor.userId(), id);
        redirect.addFlashAttribute("notice", messages.getMessage("tokens.revoked", null, locale));
        return "redirect:" + PATH;
    }

    private String page(Actor actor, CreateTokenForm form, Model model) {
        model.addAttribute("tokens", tokens.list(actor, actor.userId()));
        model.addAttribute("scopes", SCOPES);
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("form", form);
        return "accounts/personal_access_tokens";
    }
}
