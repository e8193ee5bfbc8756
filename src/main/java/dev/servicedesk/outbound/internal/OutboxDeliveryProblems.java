package dev.servicedesk.outbound.internal;

import java.util.List;

import dev.servicedesk.issues.MailDeliveryProblems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Failed and held-back outbox rows of an issue (and of the issue it was moved from). */
@Component
class OutboxDeliveryProblems implements MailDeliveryProblems {

    private final JdbcClient jdbc;

    OutboxDeliveryProblems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Problem> forIssue(long issueId) {
        return jdbc.sql("""
                        select recipient, kind, last_error, created_at from outbound_emails
                        where issue_id in (select id from issues where id = :issue or moved_to_id = :issue)
                          and status in ('failed', 'suppressed')
                        order by id desc limit 20""")
                .param("issue", issueId)
                .query((rs, n) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
    }
}
