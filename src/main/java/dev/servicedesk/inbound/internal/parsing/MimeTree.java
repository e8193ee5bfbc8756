package dev.servicedesk.inbound.internal.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.util.SharedByteArrayInputStream;

/**
 * Reads raw bytes into a {@link MimeNode} tree with Jakarta Mail, enforcing the part and depth
 * limits as it goes. A part that cannot be read as what it claims to be is kept as what can be
 * read: a multipart without any boundary line becomes a text part, an embedded message that does
 * not parse stays an attachment.
 */
final class MimeTree {

    private static final MimeHeaderValue TEXT_PLAIN = MimeHeaderValue.parse("text/plain");

    // Only used to parse; no transport or store is ever opened from it.
    private final Session session = Session.getInstance(new Properties());
    private final MailLimits limits;

    MimeTree(MailLimits limits) {
        this.limits = limits;
    }

    MimeNode parse(byte[] raw) throws MessagingException {
        // A shared stream lets every part be a view into these bytes instead of a copy.
        return message(new SharedByteArrayInputStream(raw), 0, new BoundedMime.Budget(limits));
    }

    private MimeNode message(InputStream raw, int depth, BoundedMime.Budget budget) throws MessagingException {
        MimeMessage message;
        try {
            message = new BoundedMime.Message(session, RawMessage.normalised(raw), limits);
        } catch (IOException unreadable) {
            throw new MessagingException("unreadable message", unreadable);
        }
        return part(message, HeaderFields.of(message.getAllHeaders()), depth, budget, "text/plain");
    }

    private MimeNode part(MimePart part, HeaderFields headers, int depth, BoundedMime.Budget budget,
            String defaultType) throws MessagingException {
        if (depth > limits.maxDepth()) {
            throw new MailLimitExceeded("nested too deeply (more than " + limits.maxDepth() + " levels)");
        }
        budget.take();
        MimeHeaderValue typeHeader = MimeHeaderValue.parse(headers.first("content-type"));
        // RFC 2045 5.2: a missing or unusable Content-Type means text/plain (RFC 2046 5.1.5: message/rfc822 in a digest).
        String type = typeHeader.token().contains("/") ? typeHeader.token() : defaultType;
        MimeHeaderValue disposition = MimeHeaderValue.parse(headers.first("content-disposition"));
        String fileName = FileNames.declared(typeHeader, disposition);

        if (type.startsWith("multipart/")) {
            List<MimeNode> children = children(part, type, typeHeader, depth, budget);
            if (children != null) {
                return new MimeNode(headers, type, typeHeader, disposition, fileName, PartContent.NONE, children, null);
            }
            type = "text/plain";
            typeHeader = TEXT_PLAIN;
        }
        PartContent content = new PartContent(part, headers.first("content-transfer-encoding"));
        boolean message = type.equals("message/rfc822") || type.equals("message/global");
        MimeNode embedded = message ? embedded(content, depth, budget) : null;
        return new MimeNode(headers, type, typeHeader, disposition, fileName, content, List.of(), embedded);
    }

    /** The parts of a multipart, or null when no boundary line can be found at all. */
    private List<MimeNode> children(MimePart part, String type, MimeHeaderValue typeHeader, int depth,
            BoundedMime.Budget budget) throws MessagingException {
        String boundary = typeHeader.parameter("boundary");
        String contentType = boundary == null
                ? type
                : type + "; boundary=\"" + boundary.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        InputStream content;
        try {
            content = PartContent.rawStream(part);
        } catch (IOException unreadable) {
            return null;
        }
        BoundedMime.Multipart multipart =
                new BoundedMime.Multipart(new BoundedMime.RawContent(content, contentType), budget);
        int count;
        try {
            count = multipart.getCount();
        } catch (MessagingException noBoundary) {
            return null;
        }
        String childDefault = type.equals("multipart/digest") ? "message/rfc822" : "text/plain";
        List<MimeNode> children = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            MimeBodyPart child = (MimeBodyPart) multipart.getBodyPart(i);
            children.add(part(child, HeaderFields.of(child.getAllHeaders()), depth + 1, budget, childDefault));
        }
        return children;
    }

    private MimeNode embedded(PartContent content, int depth, BoundedMime.Budget budget) {
        try {
            return message(content.stream(), depth + 1, budget);
        } catch (MessagingException | IOException unreadable) {
            return null;
        }
    }
}
