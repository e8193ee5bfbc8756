package dev.servicedesk.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import dev.servicedesk.accounts.Actor;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.common.NotFoundException;
import dev.servicedesk.inbound.internal.InboundEmailWorker;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Received mail for administrators: what arrived, what became of it, the raw source, and a second
 * try for mails that failed or were rejected. Everyone else is told the mails do not exist, like
 * the rest of the admin area.
 */
@Service
public class InboundEmailAdminService {

    public static final Set<String> STATUSES =
            Set.of("received", "issue_created", "note_added", "ignored", "rejected", "failed", "held");

    // Only the head of raw is read, for the Subject: a listing must not pull megabytes per row.
    private static final String SELECT = """
            select e.id, e.message_id, e.mailbox, e.received_at, e.status, e.reason, e.attempts, e.size,
                   p.full_path, i.iid, substring(e.raw from 1 for 65536)
            from inbound_emails e
            left join projects p on p.id = e.project_id
            left join issues i on i.id = e.issue_id
            """;

    private final JdbcClient jdbc;
    private final InboundEmailWorker worker;

    InboundEmailAdminService(JdbcClient jdbc, InboundEmailWorker worker) {
        this.jdbc = jdbc;
        this.worker = worker;
    }

    @Transactional(readOnly = true)
    public List<InboundEmailView> list(Actor actor, String statusOrNull, int page, int perPage) {
        requireAdmin(actor);
        String status = checkedStatus(statusOrNull);
        int size = Math.max(1, perPage);
        long offset = (long) (Math.max(1, page) - 1) * size;
        return jdbc.sql(SELECT + """
                        where (cast(:status as varchar) is null or e.status = :status)
                        order by e.received_at desc, e.id desc
                        limit :limit offset :offset""")
                .param("status", status)
                .param("limit", size)
                .param("offset", offset)
                .query(InboundEmailAdminService::view)
                .list();
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, String statusOrNull) {
        requireAdmin(actor);
        return jdbc.sql("select count(*) from inbound_emails where (cast(:status as varchar) is null or status = :status)")
                .param("status", checkedStatus(statusOrNull))
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public InboundEmailView get(Actor actor, long id) {
        requireAdmin(actor);
        return jdbc.sql(SELECT + " where e.id = :id")
                .param("id", id)
                .query(InboundEmailAdminService::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("Mail"));
    }

    @Transactional(readOnly = true)
    public byte[] raw(Actor actor, long id) {
        requireAdmin(actor);
        return jdbc.sql("select raw from inbound_emails where id = :id")
                .param("id", id)
                .query(byte[].class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Mail"));
    }

    /**
     * Sends a failed, rejected or held mail through the pipeline again, e.g. after a fix, after the
     * admin created the missing project, or to release mail held by the per-sender rate cap (which
     * then lets it through). Mails that became issues or notes stay as they are: a
     * second run would create a duplicate.
     */
    public void reprocess(Actor actor, long id) {
        InboundEmailView mail = get(actor, id);
        if (!mail.reprocessable()) {
            throw new InvalidInputException("status", "Only failed, rejected or held mail can be reprocessed");
        }
        // The status condition again: the row may have changed since it was read.
        int changed = jdbc.sql("""
                        update inbound_emails set status = 'received', attempts = 0, next_attempt_at = now(), reason = null,
                            hold_released = hold_released or status = 'held'
                        where id = :id and status in ('failed', 'rejected', 'held')""")
                .param("id", id)
                .update();
        if (changed == 0) {
            throw new InvalidInputException("status", "Only failed, rejected or held mail can be reprocessed");
        }
        worker.wakeUp();
    }

    private static void requireAdmin(Actor actor) {
        if (actor == null || !actor.admin()) {
            throw new NotFoundException("Mail");
        }
    }

    private static String checkedStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!STATUSES.contains(status)) {
            throw new InvalidInputException("status", "status does not have a valid value");
        }
        return status;
    }

    private static InboundEmailView view(ResultSet rs, int rowNum) throws SQLException {
        Integer iid = rs.getObject(10) == null ? null : rs.getInt(10);
        return new InboundEmailView(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8),
                rs.getString(9), iid, SubjectHeader.of(rs.getBytes(11)));
    }
}
