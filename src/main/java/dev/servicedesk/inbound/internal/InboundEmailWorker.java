package dev.servicedesk.inbound.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second stage (MAIL_SAFETY item 4): works stored mails, each in its own transaction, on up
 * to {@code servicedesk.inbound.workers} threads (default 4; 0: this instance only stores mail and
 * another one works it), claimed with {@code FOR UPDATE SKIP
 * LOCKED} so that several workers or instances never take the same row. A mail whose processing
 * throws is retried with backoff and marked {@code failed} after {@value #MAX_ATTEMPTS} attempts,
 * without holding up the mails behind it.
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
    private final int workers;
    /** Drainers running or about to run, at most {@link #workers}. */
    private final AtomicInteger busy = new AtomicInteger();
    /** Set by every wake-up; a drainer that sees it after finding nothing looks once more. */
    private final AtomicBoolean dirty = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    InboundEmailWorker(JdbcClient jdbc, TransactionTemplate transaction, MailPipeline pipeline, MailLog mailLog,
                       @Value("${servicedesk.inbound.workers:4}") int workers) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.pipeline = pipeline;
        this.mailLog = mailLog;
        this.workers = Math.max(0, workers);
    }

    /** A mail was stored: work it now instead of at the next poll, on one more thread if one is free. */
    public void wakeUp() {
        dirty.set(true);
        ScheduledExecutorService running = executor;
        int now = busy.get();
        while (running != null && now < workers) {
            if (busy.compareAndSet(now, now + 1)) {
                try {
                    running.execute(this::drainer);
                } catch (java.util.concurrent.RejectedExecutionException e) {
                    busy.decrementAndGet(); // shutting down
                }
                return;
            }
            now = busy.get();
        }
    }

    private void drainer() {
        try {
            do {
                dirty.set(false);
                drain();
            } while (dirty.get());
        } finally {
            busy.decrementAndGet();
        }
        // A wake-up between the last look and the decrement found every worker busy: take it now.
        if (dirty.get()) {
            wakeUp();
        }
    }

    /** Works every due row in the calling thread; returns how many. Public for tests and the reprocess button. */
    public int drain() {
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
        // There was one; there may be more: let another worker look while this one works.
        wakeUp();
        try {
            Recorded recorded = transaction.execute(status -> record(mail.id(), pipeline.process(mail.id(), mail.mailbox(), mail.raw())));
            // After the commit, so the log never reports an outcome that was rolled back.
            mailLog.processed(mail.id(), recorded.mailbox(), recorded.receivedAt(), recorded.outcome(), recorded.projectPath(),
                    recorded.issueIid());
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

    /** Records the outcome and reads what the log line needs, in one statement. */
    private Recorded record(long id, Outcome outcome) {
        return jdbc.sql("""
                        with recorded as (
                            update inbound_emails set status = :status, reason = :reason, message_id = :messageId,
                                project_id = :projectId, issue_id = :issueId, processed_at = now()
                            where id = :id
                            returning mailbox, received_at, project_id, issue_id)
                        select r.mailbox, r.received_at, p.full_path, i.iid from recorded r
                        left join projects p on p.id = r.project_id left join issues i on i.id = r.issue_id""")
                .param("status", outcome.status())
                .param("reason", outcome.reason())
                .param("messageId", outcome.messageId())
                .param("projectId", outcome.projectId())
                .param("issueId", outcome.issueId())
                .param("id", id)
                .query((rs, n) -> new Recorded(outcome, rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        (Integer) rs.getObject(4)))
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
        if (workers == 0) {
            log.info("servicedesk.inbound.workers is 0: stored mail is left to other instances");
        }
        AtomicInteger number = new AtomicInteger();
        // one thread more than the workers: the poll's wake-up must never wait for a free thread
        executor = Executors.newScheduledThreadPool(workers + 1, runnable -> {
            Thread thread = new Thread(runnable, "inbound-mail-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::wakeUp, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
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

    private record Claimed(long id, String mailbox, byte[] raw, int attempts) {
    }

    private record Recorded(Outcome outcome, String mailbox, java.time.Instant receivedAt, String projectPath, Integer issueIid) {
    }
}
