package dev.servicedesk.inbound.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second stage (MAIL_SAFETY item 4): works stored mails one by one, each in its own
 * transaction, claimed with {@code FOR UPDATE SKIP LOCKED} so that several workers or instances
 * never take the same row. A mail whose processing throws is retried with backoff and marked
 * {@code failed} after {@value #MAX_ATTEMPTS} attempts, without holding up the mails behind it.
 */
@Component
public class InboundEmailWorker implements SmartLifecycle {

    static final int MAX_ATTEMPTS = 5;
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(InboundEmailWorker.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MailPipeline pipeline;
    private final MailLog mailLog;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ScheduledExecutorService executor;

    InboundEmailWorker(JdbcClient jdbc, TransactionTemplate transaction, MailPipeline pipeline, MailLog mailLog) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.pipeline = pipeline;
        this.mailLog = mailLog;
    }

    /** A mail was stored: work it now instead of at the next poll. */
    public void wakeUp() {
        if (executor != null && scheduled.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /** Works every due row; returns how many. Public for tests and the reprocess button. */
    public int drain() {
        scheduled.set(false);
        int worked = 0;
        // On shutdown, stop after the mail in hand: the rest waits in the database for the next start.
        while (!stopping() && workOne()) {
            worked++;
        }
        return worked;
    }

    private boolean stopping() {
        ScheduledExecutorService running = executor;
        return running == null || running.isShutdown();
    }

    private boolean workOne() {
        Optional<Claimed> claimed;
        try {
            claimed = claim();
        } catch (RuntimeException e) {
            log.error("Inbound mail worker could not claim a mail", e);
            return false;
        }
        if (claimed.isEmpty()) {
            return false;
        }
        Claimed mail = claimed.get();
        try {
            Outcome outcome = transaction.execute(status -> {
                Outcome decided = pipeline.process(mail.id(), mail.mailbox(), mail.raw());
                record(mail.id(), decided);
                return decided;
            });
            logCommitted(mail.id(), outcome);
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(status -> retryLater(mail, e));
        }
        return true;
    }

    /**
     * Takes the oldest due mail with a lease: if this process dies while working it, the row is
     * due again when the lease ends. The claim commits at once, so no lock is held while working.
     */
    private Optional<Claimed> claim() {
        return transaction.execute(status -> jdbc.sql("""
                        update inbound_emails set attempts = attempts + 1, next_attempt_at = now() + interval '5 minutes'
                        where id = (select id from inbound_emails
                                    where status = 'received' and next_attempt_at <= now()
                                    order by next_attempt_at, id limit 1 for update skip locked)
                        returning id, mailbox, raw, attempts""")
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getBytes(3), rs.getInt(4)))
                .optional());
    }

    private void record(long id, Outcome outcome) {
        jdbc.sql("""
                        update inbound_emails set status = :status, reason = :reason, message_id = :messageId,
                            project_id = :projectId, issue_id = :issueId, processed_at = now()
                        where id = :id""")
                .param("status", outcome.status())
                .param("reason", outcome.reason())
                .param("messageId", outcome.messageId())
                .param("projectId", outcome.projectId())
                .param("issueId", outcome.issueId())
                .param("id", id)
                .update();
    }

    /** After the commit, so the log never reports an outcome that was rolled back. */
    private void logCommitted(long id, Outcome outcome) {
        jdbc.sql("""
                        select e.mailbox, e.received_at, p.full_path, i.iid from inbound_emails e
                        left join projects p on p.id = e.project_id left join issues i on i.id = e.issue_id
                        where e.id = ?""")
                .param(id)
                .query((rs, n) -> {
                    mailLog.processed(id, rs.getString(1), rs.getTimestamp(2).toInstant(), outcome, rs.getString(3),
                            (Integer) rs.getObject(4));
                    return id;
                })
                .single();
    }

    private void retryLater(Claimed mail, RuntimeException error) {
        boolean giveUp = mail.attempts() >= MAX_ATTEMPTS;
        long backoffSeconds = (long) Math.min(3600, 5 * Math.pow(4, mail.attempts() - 1));
        jdbc.sql("""
                        update inbound_emails set reason = :reason,
                            status = case when :giveUp then 'failed' else status end,
                            next_attempt_at = now() + make_interval(secs => :backoff)
                        where id = :id""")
                .param("reason", error.toString())
                .param("giveUp", giveUp)
                .param("backoff", backoffSeconds)
                .param("id", mail.id())
                .update();
        if (giveUp) {
            log.error("Mail {} failed {} times and is marked failed", mail.id(), MAX_ATTEMPTS, error);
        } else {
            log.warn("Mail {} could not be processed (attempt {} of {}), retrying in {} s: {}", mail.id(), mail.attempts(),
                    MAX_ATTEMPTS, backoffSeconds, error.toString());
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbound-mail-worker");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::drain, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    private record Claimed(long id, String mailbox, byte[] raw, int attempts) {
    }
}
