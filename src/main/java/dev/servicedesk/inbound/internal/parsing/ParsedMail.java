package dev.servicedesk.inbound.internal.parsing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the inbound pipeline needs from one raw mail. Every text is decoded to Unicode; addresses
 * are lower-cased; lists are never null.
 *
 * @param messageId            without angle brackets; null when absent
 * @param inReplyTo            the first message id of In-Reply-To, without brackets; null when absent
 * @param references           the message ids of References in order, also when a client joined them with commas
 * @param subject              decoded and trimmed; "" when absent
 * @param deliveredTo          the envelope recipients in the order GitLab tries them: Delivered-To,
 *                             X-Delivered-To, Envelope-To, X-Envelope-To, the {@code for <addr>} of every
 *                             Received header, X-Original-To, X-Forwarded-To
 * @param headers              every header field, names lower-cased, values unfolded and decoded, in mail order
 * @param body                 Markdown: the text part, else the HTML part converted; "" when the mail has no text
 * @param attachments          files, inline images and attached messages; never signature parts
 * @param deliveryStatusReport a {@code multipart/report; report-type=delivery-status} (a bounce, RFC 3464)
 * @param failedRecipients     for a bounce, the recipients whose delivery failed permanently (5.x.x)
 * @param size                 bytes of the raw mail
 */
public record ParsedMail(
        String messageId,
        String inReplyTo,
        List<String> references,
        String subject,
        String fromAddress,
        String fromName,
        String replyToAddress,
        String senderAddress,
        List<String> to,
        List<String> cc,
        List<String> deliveredTo,
        Map<String, List<String>> headers,
        String body,
        List<Attachment> attachments,
        boolean deliveryStatusReport,
        List<String> failedRecipients,
        long size) {

    public ParsedMail {
        references = List.copyOf(references);
        subject = subject == null ? "" : subject;
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        deliveredTo = List.copyOf(deliveredTo);
        headers = immutableCopy(headers);
        body = body == null ? "" : body;
        attachments = List.copyOf(attachments);
        failedRecipients = List.copyOf(failedRecipients);
    }

    /**
     * The external author as GitLab takes it: Reply-To, else From, else Sender. Null when the mail
     * names nobody.
     */
    public String sender() {
        if (replyToAddress != null) {
            return replyToAddress;
        }
        return fromAddress != null ? fromAddress : senderAddress;
    }

    /** The first value of a header field, the name matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    private static Map<String, List<String>> immutableCopy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
