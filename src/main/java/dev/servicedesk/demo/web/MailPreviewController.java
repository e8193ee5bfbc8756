package dev.servicedesk.demo.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The admin area's mail preview: every mail in the embedded mail server's mailboxes, so an
 * evaluator reads the thank-you and answer mails without a mail client. Admins only (the admin
 * area's guard); 404 when a real mail server is configured.
 */
@Controller
@RequestMapping("/admin/mail_preview")
class MailPreviewController {

    private final MailPreview preview;

    MailPreviewController(MailPreview preview) {
        this.preview = preview;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mails", preview.list());
        return "admin/mail_preview";
    }

    @GetMapping("/message")
    String show(@RequestParam String mailbox, @RequestParam long uid, Model model) {
        MailContent content = preview.get(mailbox, uid);
        model.addAttribute("preview", content);
        // A plain model value for th:utext, which evaluates no method calls.
        model.addAttribute("safeHtml", content.safeHtml());
        return "admin/mail_preview_message";
    }
}
