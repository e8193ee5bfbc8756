package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.issues.IssueService;
import org.springframework.stereotype.Component;

/**
 * A reply-all to the customer's first mail (its {@code In-Reply-To} names the Message-ID that
 * created a Service Desk issue of this project) becomes a note on that issue, not a new issue.
 */
@Component
public class RouteReplyToOriginal implements MailStep {

    private final IssueService issues;
    private final AddNote addNote;

    RouteReplyToOriginal(IssueService issues, AddNote addNote) {
        this.issues = issues;
        this.addNote = addNote;
    }

    @Override
    public StepResult apply(MailContext context) {
        String inReplyTo = context.mail().inReplyTo();
        if (inReplyTo == null) {
            return StepResult.next(context);
        }
        return issues.findByServiceDeskMessageId(context.project().id(), inReplyTo)
                .map(issue -> addNote.apply(context.replyingTo(context.project(), issue.id())))
                .orElseGet(() -> StepResult.next(context));
    }
}
