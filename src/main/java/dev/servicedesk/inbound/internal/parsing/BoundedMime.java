package dev.servicedesk.inbound.internal.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import jakarta.activation.DataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.SharedInputStream;

/**
 * Jakarta Mail's own parser, with {@link MailLimits} checked while it reads (MAIL_SAFETY item 15).
 * Checking afterwards is too late: 25 MB of {@code a:\n} lines are eight million header objects,
 * and 25 MB of empty parts are three million body parts, either of which exhausts a small heap.
 * The hooks used are the protected factory methods the API offers for subclassing.
 */
final class BoundedMime {

    private BoundedMime() {
    }

    /** Parts used so far in one mail, embedded messages included. */
    static final class Budget {

        private final MailLimits limits;
        private int parts;

        Budget(MailLimits limits) {
            this.limits = limits;
        }

        MailLimits limits() {
            return limits;
        }

        void take() {
            parts++;
            reserve(0);
        }

        /** Fails when the parts already taken plus {@code pending} more would pass the limit. */
        void reserve(int pending) {
            if (parts + pending > limits.maxParts()) {
                throw new MailLimitExceeded("too many MIME parts (more than " + limits.maxParts() + ")");
            }
        }
    }

    /** A header block that stops at too many or too long fields. */
    static final class Headers extends InternetHeaders {

        private final MailLimits limits;
        private int count;

        Headers(InputStream in, MailLimits limits, boolean utf8) throws MessagingException {
            super();
            this.limits = limits;
            // The no-argument constructor pre-fills empty placeholders for writing; a parsed block needs none.
            headers.clear();
            load(in, utf8);
        }

        @Override
        public void addHeaderLine(String line) {
            if (++count > limits.maxHeaderCount()) {
                throw new MailLimitExceeded("too many header fields (more than " + limits.maxHeaderCount() + ")");
            }
            if (line.length() > limits.maxHeaderLength()) {
                throw new MailLimitExceeded("header field too long (" + line.length() + " characters, limit "
                        + limits.maxHeaderLength() + ")");
            }
            super.addHeaderLine(line);
        }
    }

    static final class Message extends MimeMessage {

        private final MailLimits limits;

        Message(Session session, InputStream in, MailLimits limits) throws MessagingException {
            super(session);
            this.limits = limits;
            // Not MimeMessage(Session, InputStream): it parses before this subclass has its limits.
            parse(in);
        }

        @Override
        protected InternetHeaders createInternetHeaders(InputStream in) throws MessagingException {
            return new Headers(in, limits, false);
        }
    }

    static final class Multipart extends MimeMultipart {

        private final Budget budget;
        private int parsed;

        Multipart(DataSource source, Budget budget) throws MessagingException {
            super(source);
            this.budget = budget;
        }

        @Override
        protected InternetHeaders createInternetHeaders(InputStream in) throws MessagingException {
            return new Headers(in, budget.limits(), false);
        }

        @Override
        protected MimeBodyPart createMimeBodyPart(InternetHeaders headers, byte[] content) throws MessagingException {
            budget.reserve(++parsed);
            return super.createMimeBodyPart(headers, content);
        }

        @Override
        protected MimeBodyPart createMimeBodyPart(InputStream in) throws MessagingException {
            budget.reserve(++parsed);
            if (in instanceof SharedInputStream shared) {
                return new SharedBodyPart(shared, budget.limits());
            }
            return super.createMimeBodyPart(in);
        }
    }

    /** A part whose content stays a view into the message's bytes, as {@code MimeBodyPart(InputStream)} does. */
    static final class SharedBodyPart extends MimeBodyPart {

        SharedBodyPart(SharedInputStream in, MailLimits limits) throws MessagingException {
            super();
            this.headers = new Headers((InputStream) in, limits, false);
            this.contentStream = in.newStream(in.getPosition(), -1);
        }
    }

    /**
     * The undecoded body of a part under a content type of our choosing: the header's own value may
     * not survive {@code ContentType}'s strict parser, and multipart bodies are never transfer
     * encoded (RFC 2045 6.4), whatever a broken mailer declared.
     */
    static final class RawContent implements DataSource {

        private final InputStream content;
        private final String contentType;

        RawContent(InputStream content, String contentType) {
            this.content = content;
            this.contentType = contentType;
        }

        @Override
        public InputStream getInputStream() {
            return content;
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            throw new IOException("read only");
        }

        @Override
        public String getContentType() {
            return contentType;
        }

        @Override
        public String getName() {
            return "";
        }
    }
}
