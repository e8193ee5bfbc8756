package dev.servicedesk.inbound.internal.steps;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.issues.OwnAddresses;
import org.springframework.stereotype.Component;

/**
 * Loop protection (MAIL_SAFETY item 8, RFC 3834): auto-replies, list mail, mailer-daemons and our
 * own mail are stored as ignored and never answered. GitLab looks at Auto-Submitted only and has
 * had loops because of it.
 */
@Component
public class IgnoreAutomatedMail implements MailStep {

    /** Set on everything we send, so our own mail coming back is recognised. */
    public static final String LOOP_HEADER = dev.servicedesk.outbound.MailHeaders.LOOP;

    private static final Set<String> BULK_PRECEDENCE = Set.of("bulk", "junk", "list", "auto_reply");

    private final OwnAddresses ownAddresses;

    IgnoreAutomatedMail(OwnAddresses ownAddresses) {
        this.ownAddresses = ownAddresses;
    }

    @Override
    public StepResult apply(MailContext context) {
        Optional<String> reason = reason(context.mail());
        return reason.isPresent() ? StepResult.ignore(context, reason.get()) : StepResult.next(context);
    }

    Optional<String> reason(ParsedMail mail) {
        Optional<String> autoSubmitted = mail.header("Auto-Submitted").map(value -> value.trim().toLowerCase(Locale.ROOT));
        if (autoSubmitted.isPresent() && !autoSubmitted.get().startsWith("no")) {
            return Optional.of("automated: Auto-Submitted: " + autoSubmitted.get());
        }
        if (mail.header("X-Autoreply").isPresent() || mail.header("X-Autorespond").isPresent()) {
            return Optional.of("automated: X-Autoreply / X-Autorespond");
        }
        Optional<String> precedence = mail.header("Precedence").map(value -> value.trim().toLowerCase(Locale.ROOT));
        if (precedence.isPresent() && BULK_PRECEDENCE.contains(precedence.get())) {
            return Optional.of("automated: Precedence: " + precedence.get());
        }
        if (mail.header("Return-Path").map(value -> value.replaceAll("\\s", "").equals("<>")).orElse(false)) {
            return Optional.of("automated: empty Return-Path");
        }
        String from = mail.fromAddress() == null ? "" : mail.fromAddress();
        if (from.startsWith("mailer-daemon@") || from.startsWith("postmaster@")) {
            return Optional.of("automated: from " + from);
        }
        Optional<String> suppress = mail.header("X-Auto-Response-Suppress").map(value -> value.toLowerCase(Locale.ROOT));
        if (suppress.isPresent() && (suppress.get().contains("all") || suppress.get().contains("oof"))) {
            return Optional.of("automated: X-Auto-Response-Suppress: " + suppress.get());
        }
        if (mail.header("List-Id").isPresent()) {
            return Optional.of("mailing list mail (List-Id)");
        }
        if (mail.header(LOOP_HEADER).isPresent() || ownAddresses.isOwn(from)) {
            return Optional.of("our own mail came back");
        }
        return Optional.empty();
    }
}
