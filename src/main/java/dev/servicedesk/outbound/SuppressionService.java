package dev.servicedesk.outbound;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Addresses that hard-bounced or that the SMTP server refused for good: not mailed again (MAIL_SAFETY item 9). */
@Service
@Transactional(readOnly = true)
public class SuppressionService {

    private final JdbcClient jdbc;

    SuppressionService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void suppress(String email, String reason) {
        jdbc.sql("insert into email_suppressions (email, reason) values (?, ?) on conflict (email) do update set reason = excluded.reason")
                .params(email.toLowerCase(Locale.ROOT), reason).update();
    }

    public boolean isSuppressed(String email) {
        return jdbc.sql("select count(*) from email_suppressions where email = ?").param(email.toLowerCase(Locale.ROOT))
                .query(Long.class).single() > 0;
    }
}
