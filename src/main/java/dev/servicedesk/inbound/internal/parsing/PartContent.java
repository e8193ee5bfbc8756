package dev.servicedesk.inbound.internal.parsing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;

/**
 * The content of one part, read only when asked for. Most parts never are (the HTML twin of a text
 * part, signatures, the inside of an attached message), and an embedded message is parsed from a
 * view of the original bytes: copying each level of a deeply forwarded 25 MB mail would hold the
 * mail twenty times over.
 */
final class PartContent {

    static final PartContent NONE = new PartContent(null, null);

    /** RFC 2045 6.2: the content is the bytes themselves. */
    private static final Set<String> IDENTITY = Set.of("", "7bit", "8bit", "binary");

    private final MimePart part;
    private final String encoding;
    private byte[] decoded;

    PartContent(MimePart part, String encoding) {
        this.part = part;
        this.encoding = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    }

    /** The content with its transfer encoding decoded; empty when unreadable. Read once, then kept. */
    byte[] bytes() {
        if (decoded == null) {
            decoded = part == null ? new byte[0] : TransferEncoding.decode(raw(), encoding);
        }
        return decoded;
    }

    /** The decoded content as a stream; for unencoded content a view into the message, not a copy. */
    InputStream stream() throws IOException {
        if (part != null && decoded == null && IDENTITY.contains(encoding)) {
            return rawStream(part);
        }
        return new ByteArrayInputStream(bytes());
    }

    private byte[] raw() {
        try (InputStream in = rawStream(part)) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            return new byte[0];
        }
    }

    static InputStream rawStream(MimePart part) throws IOException {
        try {
            if (part instanceof MimeMessage message) {
                return message.getRawInputStream();
            }
            return ((MimeBodyPart) part).getRawInputStream();
        } catch (MessagingException unreadable) {
            throw new IOException(unreadable);
        }
    }
}
