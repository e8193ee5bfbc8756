package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Turns one stored raw RFC 822 mail into a {@link ParsedMail}. MIME structure is read by Jakarta
 * Mail; what is done here is the leniency real mail needs (broken boundaries, bad base64, wrong or
 * missing charsets) and the limits hostile mail needs (MAIL_SAFETY items 15 and 16).
 *
 * <p>Thread-safe and without per-call state; one instance serves every worker.
 */
@Component
public final class MailParser {

    private static final Logger log = LoggerFactory.getLogger(MailParser.class);

    private final MailLimits limits;
    private final MimeTree mimeTree;
    private final BodyExtractor bodyExtractor = new BodyExtractor(new HtmlToMarkdown());
    private final AttachmentCollector attachmentCollector = new AttachmentCollector();

    public MailParser(MailLimits limits) {
        this.limits = limits;
        this.mimeTree = new MimeTree(limits);
    }

    /** For Spring: the limits bean when the inbound configuration declares one, else the defaults. */
    @Autowired
    MailParser(ObjectProvider<MailLimits> limits) {
        this(limits.getIfAvailable(MailLimits::defaults));
    }

    /**
     * Parses what can be read. Throws only for a mail over a {@link MailLimits} limit or one that
     * cannot be read at all; the reason is short enough for a rejection mail.
     */
    public ParsedMail parse(byte[] raw) throws MalformedMailException {
        if (raw == null) {
            throw new MalformedMailException("no message");
        }
        if (raw.length > limits.maxBytes()) {
            throw new MalformedMailException("too large (" + raw.length + " bytes, limit " + limits.maxBytes() + ")");
        }
        try {
            return assemble(mimeTree.parse(raw), raw.length);
        } catch (MailLimitExceeded tooMuch) {
            throw new MalformedMailException(tooMuch.getMessage(), tooMuch);
        } catch (MessagingException unreadable) {
            throw new MalformedMailException("unreadable message (" + unreadable.getMessage() + ")", unreadable);
        } catch (RuntimeException bug) {
            // A parser bug must not take the worker down: the stored row fails with this reason
            // and keeps its raw bytes for a reprocess after the fix.
            log.warn("Mail of {} bytes could not be parsed", raw.length, bug);
            throw new MalformedMailException("could not be parsed (" + bug.getClass().getSimpleName() + ")", bug);
        }
    }

    private ParsedMail assemble(MimeNode root, long size) {
        HeaderFields headers = root.headers();
        Addresses.Mailbox from = Addresses.first(headers.first("from"));
        Addresses.Mailbox replyTo = Addresses.first(headers.first("reply-to"));
        Addresses.Mailbox sender = Addresses.first(headers.first("sender"));
        BodyExtractor.Body body = bodyExtractor.extract(root);
        List<Attachment> attachments = new ArrayList<>(attachmentCollector.collect(root));
        attachments.addAll(body.uuencodedFiles());
        boolean bounce = DeliveryStatusReport.isReport(root);
        String subject = headers.decoded("subject");
        return new ParsedMail(
                MessageIds.first(headers.first("message-id")),
                MessageIds.first(headers.first("in-reply-to")),
                MessageIds.all(String.join(" ", headers.all("references"))),
                subject == null ? "" : subject,
                from == null ? null : from.address(),
                from == null ? null : from.name(),
                replyTo == null ? null : replyTo.address(),
                sender == null ? null : sender.address(),
                addresses(headers, "to"),
                addresses(headers, "cc"),
                EnvelopeRecipients.of(headers),
                headers.decodedMap(),
                body.markdown(),
                attachments,
                bounce,
                bounce ? DeliveryStatusReport.failedRecipients(root, limits) : List.of(),
                size);
    }

    /** All addresses of a field, also when a broken mailer wrote the field twice. */
    private static List<String> addresses(HeaderFields headers, String name) {
        List<String> addresses = new ArrayList<>();
        headers.all(name).forEach(value -> addresses.addAll(Addresses.addresses(value)));
        return addresses;
    }
}
