package dev.servicedesk.issues;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people outside the instance who take part in an issue by mail (GITLAB_BEHAVIOUR.md
 * "External participants"): unique per issue regardless of case, at most {@link #MAX_PER_ISSUE}.
 * This class is for the system (mail pipeline, outbound mail); members change the list through
 * quick actions, which check their role.
 */
@Service
@Transactional(readOnly = true)
public class ExternalParticipantService {

    public static final int MAX_PER_ISSUE = 10;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ExternalParticipantService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The participants' addresses in the order they were added. */
    public List<String> emails(long issueId) {
        return jdbc.sql("select email from issue_email_participants where issue_id = ? order by id")
                .param(issueId).query(String.class).list();
    }

    public boolean isParticipant(long issueId, String email) {
        return email != null && jdbc.sql("select count(*) from issue_email_participants where issue_id = ? and lower(email) = ?")
                .params(issueId, email.toLowerCase(Locale.ROOT)).query(Long.class).single() > 0;
    }

    /**
     * Adds the addresses not yet on the issue, up to the limit, and publishes
     * {@link ParticipantAdded} for each; returns the ones added.
     */
    @Transactional
    public List<String> add(long issueId, long projectId, Collection<String> emails, boolean sendMail) {
        List<String> added = new ArrayList<>();
        long count = jdbc.sql("select count(*) from issue_email_participants where issue_id = ?").param(issueId).query(Long.class).single();
        for (String email : emails) {
            if (email == null || email.isBlank() || count >= MAX_PER_ISSUE) {
                continue;
            }
            int inserted = jdbc.sql("""
                    insert into issue_email_participants (issue_id, email) values (?, ?)
                    on conflict (issue_id, lower(email)) do nothing
                    """).params(issueId, email.strip()).update();
            if (inserted == 1) {
                count++;
                added.add(email.strip());
                events.publishEvent(new ParticipantAdded(issueId, projectId, email.strip(), sendMail));
            }
        }
        return added;
    }

    /** Removes a participant (unsubscribe, {@code /remove_email}); false when they were not one. */
    @Transactional
    public boolean remove(long issueId, String email) {
        return jdbc.sql("delete from issue_email_participants where issue_id = ? and lower(email) = ?")
                .params(issueId, email.toLowerCase(Locale.ROOT)).update() > 0;
    }

    /** A moved issue keeps its participants. */
    @Transactional
    public void copy(long fromIssueId, long toIssueId) {
        jdbc.sql("""
                insert into issue_email_participants (issue_id, email, created_at)
                select ?, email, created_at from issue_email_participants where issue_id = ? order by id
                on conflict (issue_id, lower(email)) do nothing
                """).params(toIssueId, fromIssueId).update();
    }
}
