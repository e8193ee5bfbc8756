package dev.servicedesk.inbound.internal.steps;

import java.util.Locale;

import dev.servicedesk.inbound.InboundProperties;
import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Incoming rate cap per sender (MAIL_SAFETY item 11): an auto-responder without any auto header,
 * or a script gone wrong, would otherwise open an issue per mail. Beyond {@code max_mails} within
 * {@code window} of a mail's arrival, further mails from that sender are held for an admin, who
 * can release them on the received-mail page. Counted by arrival time, so a backlog worked late
 * is judged as it arrived.
 */
@Component
public class HoldSenderBurst implements MailStep {

    private final JdbcClient jdbc;
    private final InboundProperties.RateLimit limit;

    HoldSenderBurst(JdbcClient jdbc, InboundProperties properties) {
        this.jdbc = jdbc;
        this.limit = properties.rateLimit();
    }

    @Override
    public StepResult apply(MailContext context) {
        String from = context.mail().fromAddress();
        if (!limit.enabled() || from == null || from.isBlank()) {
            return StepResult.next(context);
        }
        String sender = from.trim().toLowerCase(Locale.ROOT);
        boolean released = jdbc.sql("update inbound_emails set sender = :sender where id = :id returning hold_released")
                .param("sender", sender)
                .param("id", context.inboundEmailId())
                .query(Boolean.class)
                .single();
        if (released) {
            return StepResult.next(context);
        }
        long earlier = jdbc.sql("""
                        select count(*) from inbound_emails earlier, inbound_emails mine
                        where mine.id = :id and earlier.sender = :sender and earlier.id <> mine.id
                          and earlier.received_at <= mine.received_at
                          and earlier.received_at > mine.received_at - make_interval(secs => :window)""")
                .param("id", context.inboundEmailId())
                .param("sender", sender)
                .param("window", limit.window().toSeconds())
                .query(Long.class)
                .single();
        if (earlier >= limit.maxMails()) {
            return StepResult.hold(context, "rate limit: more than " + limit.maxMails() + " mails from " + sender + " within "
                    + limit.window().toMinutes() + " minutes");
        }
        return StepResult.next(context);
    }
}
