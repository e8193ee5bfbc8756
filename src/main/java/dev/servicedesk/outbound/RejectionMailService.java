package dev.servicedesk.outbound;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import dev.servicedesk.outbound.internal.RejectionMails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a sender their mail was not taken, at most once per sender and reason per day (so a
 * misconfigured auto-responder cannot start a loop). The mail never repeats what was sent:
 * echoing content back is what the Ticket Trick feeds on. Callers make sure the mail was not
 * automated.
 */
@Service
public class RejectionMailService {

    private final JdbcClient jdbc;
    private final RejectionMails mails;

    RejectionMailService(JdbcClient jdbc, RejectionMails mails) {
        this.jdbc = jdbc;
        this.mails = mails;
    }

    /** Queues the rejection mail in the caller's transaction; false when one was sent today already. */
    @Transactional
    public boolean tell(String sender, RejectionReason reason, String subject, String originalMessageId) {
        if (sender == null || sender.isBlank()) {
            return false;
        }
        int first = jdbc.sql("insert into rejection_notices (sender, reason, day) values (?, ?, ?) on conflict do nothing")
                .params(sender.toLowerCase(Locale.ROOT), reason.code(), LocalDate.now(ZoneOffset.UTC)).update();
        if (first == 0) {
            return false;
        }
        mails.queue(sender, reason, subject, originalMessageId == null ? List.of() : List.of(originalMessageId));
        return true;
    }
}
