package dev.servicedesk.inbound.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.inbound.InboundEmailAdminService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin area's received mail: what arrived, what became of it, and a second try for failures. */
@Controller
@RequestMapping("/admin/inbound_emails")
class AdminInboundEmailsController {

    static final int PER_PAGE = 50;

    private final InboundEmailAdminService mails;
    private final MessageSource messages;

    AdminInboundEmailsController(InboundEmailAdminService mails, MessageSource messages) {
        this.mails = mails;
        this.messages = messages;
    }

    @GetMapping
    String list(Actor actor, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "1") int page, Model model) {
        // An unknown status in a hand-edited URL shows everything rather than an error page.
        String filter = InboundEmailAdminService.STATUSES.contains(status) ? status : null;
        int current = Math.max(1, page);
        long total = mails.count(actor, filter);
        model.addAttribute("mails", mails.list(actor, filter, current, PER_PAGE));
        model.addAttribute("status", filter);
        model.addAttribute("statuses", InboundEmailAdminService.STATUSES.stream().sorted().toList());
        model.addAttribute("page", current);
        model.addAttribute("hasPrevious", current > 1);
        model.addAttribute("hasNext", (long) current * PER_PAGE < total);
        model.addAttribute("total", total);
        return "admin/inbound_emails";
    }

    @GetMapping("/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("mail", mails.get(actor, id));
        // Shown as text (th:text escapes it). UTF-8 suits most 8-bit mail; bad bytes become U+FFFD, never an error.
        model.addAttribute("raw", new String(mails.raw(actor, id), StandardCharsets.UTF_8));
        return "admin/inbound_email";
    }

    @PostMapping("/{id}/reprocess")
    String reprocess(Actor actor, @PathVariable long id, Locale locale, RedirectAttributes redirect) {
        try {
            mails.reprocess(actor, id);
            redirect.addFlashAttribute("notice", messages.getMessage("admin.inbound.reprocessed", new Object[] {id}, locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("alert", e.getMessage());
        }
        return "redirect:/admin/inbound_emails/" + id;
    }
}
