package dev.servicedesk.outbound.web;

import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.outbound.ReplyKeyService;
import dev.servicedesk.outbound.ReplyTarget;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The unsubscribe link of every mail (GitLab's {@code /-/sent_notifications/:key/unsubscribe}).
 * GET only asks, because link scanners open every URL in a mail; POST unsubscribes, without a
 * CSRF token, as one-click mail clients send it (RFC 8058). The reply key is the credential.
 */
@Controller
class UnsubscribeController {

    private final ReplyKeyService replyKeys;

    UnsubscribeController(ReplyKeyService replyKeys) {
        this.replyKeys = replyKeys;
    }

    @GetMapping("/-/sent_notifications/{key}/unsubscribe")
    String confirm(@PathVariable String key, Model model) {
        ReplyTarget target = replyKeys.resolve(key).orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        model.addAttribute("key", key);
        model.addAttribute("recipient", target.recipient());
        return "outbound/unsubscribe";
    }

    @PostMapping("/-/sent_notifications/{key}/unsubscribe")
    String unsubscribe(@PathVariable String key, Model model) {
        ReplyTarget target = replyKeys.resolve(key).orElseThrow(() -> new NotFoundException("Unsubscribe link"));
        replyKeys.unsubscribe(key);
        model.addAttribute("recipient", target.recipient());
        return "outbound/unsubscribed";
    }
}
