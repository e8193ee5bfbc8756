package dev.servicedesk.outbound.internal;

import java.util.Locale;

import dev.servicedesk.outbound.OutgoingEmailProperties;
import dev.servicedesk.outbound.ReplyKeyService;
import dev.servicedesk.outbound.SuppressionService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes a mail to the outbox in the caller's transaction (MAIL_SAFETY item 6): if the issue or
 * note is rolled back, so is the mail; once committed it is sent, and retried until it is.
 * The Message-ID and the reply key are fixed here, so a retry sends the very same message.
 */
@Component
class Outbox {

    private final JdbcClient jdbc;
    private final MailComposer composer;
    private final ReplyKeyService replyKeys;
    private final SuppressionService suppressions;
    private final OutgoingEmailProperties properties;
    private final OutboxSender sender;

    Outbox(JdbcClient jdbc, MailComposer composer, ReplyKeyService replyKeys, SuppressionService suppressions,
           OutgoingEmailProperties properties, OutboxSender sender) {
        this.jdbc = jdbc;
        this.composer = composer;
        this.replyKeys = replyKeys;
        this.suppressions = suppressions;
        this.properties = properties;
        this.sender = sender;
    }

    /**
     * A mail about an issue that expects answers: it gets a reply key of its own, which the
     * draft may use (the unsubscribe link in the text).
     */
    void queueWithReplyKey(long issueId, String recipient, java.util.function.Function<String, MailDraft> draftForKey) {
        String messageId = composer.newMessageId();
        String replyKey = replyKeys.create(issueId, recipient, messageId);
        write(draftForKey.apply(replyKey), replyKey, messageId);
    }

    /** A mail nobody should answer (a rejection). */
    void queueWithoutReplyKey(MailDraft draft) {
        write(draft, null, composer.newMessageId());
    }

    private void write(MailDraft mail, String replyKey, String messageId) {
        String status = "pending";
        String why = null;
        if (suppressions.isSuppressed(mail.recipient())) {
            status = "suppressed";
            why = "the address bounced before";
        } else if (mail.issueId() != null && sentRecently(mail.issueId(), mail.recipient()) >= properties.perRecipientHourlyLimit()) {
            status = "suppressed";
            why = "more than " + properties.perRecipientHourlyLimit() + " mails about this issue to this address within an hour";
        }
        jdbc.sql("""
                insert into outbound_emails (kind, issue_id, recipient, message_id, raw, status, last_error)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mail.kind(), mail.issueId(), mail.recipient(), messageId, composer.compose(mail, replyKey, messageId), status, why)
                .update();
        if (status.equals("pending")) {
            wakeSenderAfterCommit();
        }
    }

    private long sentRecently(long issueId, String recipient) {
        return jdbc.sql("""
                select count(*) from outbound_emails
                where issue_id = ? and lower(recipient) = ? and created_at > now() - interval '1 hour' and status <> 'suppressed'""")
                .params(issueId, recipient.toLowerCase(Locale.ROOT)).query(Long.class).single();
    }

    private void wakeSenderAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sender.wakeUp();
                }
            });
        } else {
            sender.wakeUp();
        }
    }
}
