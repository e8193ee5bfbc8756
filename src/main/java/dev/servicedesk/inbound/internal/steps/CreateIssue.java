package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import org.springframework.stereotype.Component;

/**
 * GITLAB_BEHAVIOUR.md "Creating a Service Desk issue": the Support Bot is the author, the sender
 * the external author, the subject the title, the body the description; confidential (always
 * in a public project).
 */
@Component
public class CreateIssue implements MailStep {

    private final IssueService issues;
    private final AttachmentUploads attachmentUploads;

    CreateIssue(IssueService issues, AttachmentUploads attachmentUploads) {
        this.issues = issues;
        this.attachmentUploads = attachmentUploads;
    }

    @Override
    public StepResult apply(MailContext context) {
        ParsedMail mail = context.mail();
        if (mail.sender() == null) {
            return StepResult.reject(context, "no sender address (From, Reply-To, Sender)");
        }
        if (mail.body().isBlank() && mail.subject().isBlank() && mail.attachments().isEmpty()) {
            return StepResult.reject(context, "empty mail");
        }
        // Always confidential until the per-project "confidential by default" setting exists; a
        // public project's Service Desk issues stay confidential even then.
        IssueView issue = issues.createForServiceDesk(context.project().id(), mail.subject(), description(context), mail.sender(),
                true, mail.messageId());
        return StepResult.issueCreated(context, issue.id());
    }

    private String description(MailContext context) {
        return attachmentUploads.appendTo(context.mail().body(), context.project().id(), context.mail().attachments());
    }
}
