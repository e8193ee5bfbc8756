package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.issues.IssueService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The same mail twice makes one issue (MAIL_SAFETY item 3): keyed by the Message-ID within the
 * project, or, for a mail without one, by the SHA-256 of its bytes among the mails that already
 * made an issue.
 */
@Component
public class RejectDuplicate implements MailStep {

    private final IssueService issues;
    private final JdbcClient jdbc;
    private final SameMailLock sameMail;

    RejectDuplicate(IssueService issues, JdbcClient jdbc, SameMailLock sameMail) {
        this.issues = issues;
        this.jdbc = jdbc;
        this.sameMail = sameMail;
    }

    @Override
    public StepResult apply(MailContext context) {
        String messageId = context.mail().messageId();
        sameMail.lock(context.project().id(), messageId != null ? messageId : jdbc.sql("select sha256 from inbound_emails where id = ?")
                .param(context.inboundEmailId()).query(String.class).single());
        if (messageId != null) {
            return issues.findByServiceDeskMessageId(context.project().id(), messageId)
                    .map(issue -> StepResult.ignore(context, "duplicate of #" + issue.iid()))
                    .orElseGet(() -> StepResult.next(context));
        }
        boolean seen = jdbc.sql("""
                        select count(*) > 0 from inbound_emails mine, inbound_emails earlier
                        where mine.id = ? and earlier.sha256 = mine.sha256 and earlier.id <> mine.id
                          and earlier.status = 'issue_created'""")
                .param(context.inboundEmailId()).query(Boolean.class).single();
        return seen ? StepResult.ignore(context, "duplicate (same bytes, no Message-ID)") : StepResult.next(context);
    }
}
