package dev.servicedesk.inbound.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first and only thing done with a mail while the mailbox waits: its raw bytes go into
 * {@code inbound_emails}. The same mailbox message stored twice (a crash between this commit and
 * the IMAP flag) is one row.
 */
@Component
public class InboundEmailStore {

    private final JdbcClient jdbc;

    InboundEmailStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the new row's id, or empty when this mailbox message is stored already */
    @Transactional
    public Optional<Long> store(String mailbox, Long uidValidity, Long uid, byte[] raw) {
        return jdbc.sql("""
                        insert into inbound_emails (mailbox, uid_validity, uid, sha256, raw, size)
                        values (:mailbox, :uidValidity, :uid, :sha256, :raw, :size)
                        on conflict (mailbox, uid_validity, uid) where uid is not null do nothing
                        returning id""")
                .param("mailbox", mailbox)
                .param("uidValidity", uidValidity)
                .param("uid", uid)
                .param("sha256", sha256(raw))
                .param("raw", raw)
                .param("size", raw.length)
                .query(Long.class)
                .optional();
    }

    /** A mail handed over by webhook: no UID, so every delivery is a row; the pipeline's duplicate check still applies. */
    @Transactional
    public long storeDelivered(String mailbox, byte[] raw) {
        return jdbc.sql("""
                        insert into inbound_emails (mailbox, sha256, raw, size)
                        values (:mailbox, :sha256, :raw, :size) returning id""")
                .param("mailbox", mailbox)
                .param("sha256", sha256(raw))
                .param("raw", raw)
                .param("size", raw.length)
                .query(Long.class)
                .single();
    }

    static String sha256(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
