package dev.servicedesk.outbound.internal;

import java.io.InputStream;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/**
 * A message whose Message-ID is the one we fixed when it was queued: Jakarta Mail would make up
 * a new one on every {@code saveChanges()}, and a retry must keep the id (MAIL_SAFETY item 6).
 */
class FixedIdMimeMessage extends MimeMessage {

    private final String messageId;

    FixedIdMimeMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    FixedIdMimeMessage(Session session, InputStream raw) throws MessagingException {
        super(session, raw);
        this.messageId = getHeader("Message-ID", null);
    }

    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }
}
