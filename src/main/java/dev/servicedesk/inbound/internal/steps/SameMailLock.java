package dev.servicedesk.inbound.internal.steps;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two copies of one mail worked at the same time by two workers (or instances) must not both
 * pass the duplicate check: the first takes a transaction-scoped advisory lock on the mail's
 * key, the second waits for its commit and then sees the issue or note the first made.
 */
@Component
class SameMailLock {

    private final JdbcClient jdbc;

    SameMailLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Held until the mail's transaction ends; {@code scope} is the project or issue id, {@code key} the Message-ID or hash. */
    void lock(long scope, String key) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?), hashtext(?))").params("mail:" + scope, key)
                .query((rs, n) -> 1).list();
    }
}
