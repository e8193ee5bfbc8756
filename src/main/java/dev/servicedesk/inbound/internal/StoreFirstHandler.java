package dev.servicedesk.inbound.internal;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;

/**
 * The only work done while the mailbox waits (MAIL_SAFETY item 1): the raw bytes are stored with
 * mailbox, UIDVALIDITY and UID, and only after that commit is the message flagged. A message
 * that could not be stored stays unseen and is fetched again on the next pass; the failure never
 * stops the mailbox loop.
 */
final class StoreFirstHandler implements MessageHandler {

    private static final Logger log = LoggerFactory.getLogger(StoreFirstHandler.class);
    private static final long MIN_BACKOFF_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final String mailbox;
    private final boolean deleteAfterStoring;
    private final InboundEmailStore store;
    private final InboundEmailWorker worker;
    private long backoffMillis;

    StoreFirstHandler(String mailbox, boolean deleteAfterStoring, InboundEmailStore store, InboundEmailWorker worker) {
        this.mailbox = mailbox;
        this.deleteAfterStoring = deleteAfterStoring;
        this.store = store;
        this.worker = worker;
    }

    @Override
    public void handleMessage(Message<?> message) {
        MimeMessage mail = (MimeMessage) message.getPayload();
        try {
            UIDFolder folder = (UIDFolder) mail.getFolder();
            long uidValidity = folder.getUIDValidity();
            long uid = folder.getUID(mail);
            // No getSize(): it needs the IMAP envelope, which some servers cannot build for broken headers.
            ByteArrayOutputStream raw = new ByteArrayOutputStream(16 * 1024);
            mail.writeTo(raw);
            Optional<Long> stored = store.store(mailbox, uidValidity, uid, raw.toByteArray());
            if (stored.isPresent()) {
                log.info("Mail: stored message {} of {} (UIDVALIDITY {}) as inbound mail {}", uid, mailbox, uidValidity, stored.get());
            } else {
                log.info("Mail: message {} of {} (UIDVALIDITY {}) was stored before (fetched again, e.g. after a crash); only flagging it",
                        uid, mailbox, uidValidity);
            }
            // After the commit: a crash before this line means the message is fetched again, and
            // the unique (mailbox, uidvalidity, uid) key turns the second copy into nothing.
            mail.setFlag(deleteAfterStoring ? Flags.Flag.DELETED : Flags.Flag.SEEN, true);
            backoffMillis = 0;
            worker.wakeUp();
        } catch (MessagingException | java.io.IOException | RuntimeException e) {
            // The unseen message makes the mailbox loop return at once, so without a pause a
            // failing database would be hammered. The pause grows to 30 s and ends on success.
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, Math.max(MIN_BACKOFF_MILLIS, backoffMillis * 2));
            log.warn("Could not store a message from mailbox {}; it stays unseen and is fetched again in {} ms: {}",
                    mailbox, backoffMillis, e.toString());
            pause();
        }
    }

    /** Not \Recent, which a crash loses (MAIL_SAFETY item 2): every message not yet seen nor deleted. */
    static SearchTerm unseenAndNotDeleted() {
        return new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false), new FlagTerm(new Flags(Flags.Flag.DELETED), false));
    }

    private void pause() {
        try {
            Thread.sleep(backoffMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
