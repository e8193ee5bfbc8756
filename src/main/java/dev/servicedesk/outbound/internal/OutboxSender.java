package dev.servicedesk.outbound.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.servicedesk.outbound.OutgoingEmailProperties;
import dev.servicedesk.outbound.SuppressionService;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox: claims due rows in batches with {@code FOR UPDATE SKIP LOCKED} and a lease
 * (any instance may send; a crashed sender's rows are due again when the lease ends), sends a
 * batch over one SMTP connection, then records per recipient: sent; a permanent refusal (5xx)
 * marks the row failed and the address suppressed; anything else is retried with exponential
 * backoff until {@code max-attempts}.
 */
@Component
public class OutboxSender implements SmartLifecycle {

    private static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final SuppressionService suppressions;
    private final OutgoingEmailProperties properties;
    private final Session session = Session.getInstance(new Properties());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    OutboxSender(JdbcClient jdbc, TransactionTemplate transaction, ObjectProvider<JavaMailSender> mailSender,
                 SuppressionService suppressions, OutgoingEmailProperties properties) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.mailSender = mailSender;
        this.suppressions = suppressions;
        this.properties = properties;
    }

    /** Mail was committed to the outbox: send it now rather than at the next poll. */
    public void wakeUp() {
        ScheduledExecutorService running = executor;
        if (running != null && scheduled.compareAndSet(false, true)) {
            running.execute(this::drain);
        }
    }

    /** Sends every due mail; returns how many were tried. Public for tests. */
    public int drain() {
        scheduled.set(false);
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int tried = 0;
        List<Claimed> batch;
        // On shutdown, stop after the batch in hand; the rest is sent after the next start.
        while (executor != null && !executor.isShutdown() && !(batch = claim()).isEmpty()) {
            send(sender, batch);
            tried += batch.size();
        }
        return tried;
    }

    private List<Claimed> claim() {
        return transaction.execute(status -> jdbc.sql("""
                        update outbound_emails set attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
                        where id in (select id from outbound_emails
                                     where status = 'pending' and next_attempt_at <= now()
                                     order by next_attempt_at, id limit ? for update skip locked)
                        returning id, recipient, raw, attempts""")
                .param(BATCH)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getInt(4)))
                .list());
    }

    private void send(JavaMailSender sender, List<Claimed> batch) {
        Map<MimeMessage, Claimed> messages = new LinkedHashMap<>();
        for (Claimed row : batch) {
            try {
                messages.put(new FixedIdMimeMessage(session, new ByteArrayInputStream(row.raw())), row);
            } catch (MessagingException e) {
                failed(row, "unreadable message: " + e.getMessage(), false);
            }
        }
        Map<Object, Exception> failures = new LinkedHashMap<>();
        try {
            sender.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures.putAll(e.getFailedMessages());
            if (failures.isEmpty()) {
                messages.keySet().forEach(message -> failures.put(message, e));
            }
        } catch (MailException e) {
            messages.keySet().forEach(message -> failures.put(message, e));
        }
        List<Long> sent = new ArrayList<>();
        messages.forEach((message, row) -> {
            Exception failure = failures.get(message);
            if (failure == null) {
                sent.add(row.id());
            } else if (SmtpReplies.isPermanent(failure)) {
                failed(row, SmtpReplies.describe(failure), true);
            } else {
                retryLater(row, SmtpReplies.describe(failure));
            }
        });
        if (!sent.isEmpty()) {
            jdbc.sql("update outbound_emails set status = 'sent', sent_at = now(), last_error = null where id in (:ids)")
                    .param("ids", sent).update();
        }
    }

    private void failed(Claimed row, String error, boolean suppressRecipient) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update outbound_emails set status = 'failed', last_error = ? where id = ?").params(error, row.id()).update();
            if (suppressRecipient) {
                suppressions.suppress(row.recipient(), "refused by the mail server: " + error);
            }
        });
        log.warn("Mail {} to {} failed for good: {}", row.id(), row.recipient(), error);
    }

    private void retryLater(Claimed row, String error) {
        boolean giveUp = row.attempts() >= properties.maxAttempts();
        long backoffSeconds = (long) Math.min(3600, 10 * Math.pow(2, row.attempts() - 1));
        jdbc.sql("""
                        update outbound_emails set last_error = :error,
                            status = case when :giveUp then 'failed' else status end,
                            next_attempt_at = now() + make_interval(secs => :backoff)
                        where id = :id""")
                .param("error", error).param("giveUp", giveUp).param("backoff", backoffSeconds).param("id", row.id())
                .update();
        log.warn("Mail {} to {} not sent (attempt {} of {}){}: {}", row.id(), row.recipient(), row.attempts(),
                properties.maxAttempts(), giveUp ? ", giving up" : ", retrying in " + backoffSeconds + " s", error);
    }

    @Override
    public void start() {
        if (mailSender.getIfAvailable() == null) {
            log.error("No SMTP server configured (spring.mail.host): mail to customers stays in the outbox until one is");
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbound-mail-sender");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::safeDrain, 0, properties.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void safeDrain() {
        try {
            drain();
        } catch (RuntimeException e) {
            log.error("Outbound mail sender failed; trying again at the next poll", e);
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        dev.servicedesk.common.BackgroundThreads.stop(running);
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Claimed(long id, String recipient, byte[] raw, int attempts) {
    }
}
