package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses mail servers record for the envelope recipient, in the order GitLab's
 * {@code Gitlab::EmailHandler::MailKey} tries them after To and References (see
 * GITLAB_BEHAVIOUR.md "Which header carries the address"); Cc, last in GitLab's list, is a field
 * of its own in {@link ParsedMail}.
 */
final class EnvelopeRecipients {

    private static final List<String> BEFORE_RECEIVED = List.of(
            "delivered-to", "x-delivered-to", "envelope-to", "x-envelope-to");
    private static final List<String> AFTER_RECEIVED = List.of("x-original-to", "x-forwarded-to");

    /** GitLab reads {@code for <addr>} only, the form Postfix, Exim and Sendmail write. */
    private static final Pattern RECEIVED_FOR = Pattern.compile("\\bfor\\s+<([^<>]+)>");

    private EnvelopeRecipients() {
    }

    static List<String> of(HeaderFields headers) {
        List<String> recipients = new ArrayList<>();
        for (String name : BEFORE_RECEIVED) {
            headers.all(name).forEach(value -> recipients.addAll(Addresses.addresses(value)));
        }
        for (String received : headers.all("received")) {
            Matcher recipient = RECEIVED_FOR.matcher(received);
            if (recipient.find()) {
                recipients.addAll(Addresses.addresses(recipient.group(1)));
            }
        }
        for (String name : AFTER_RECEIVED) {
            headers.all(name).forEach(value -> recipients.addAll(Addresses.addresses(value)));
        }
        return recipients;
    }
}
