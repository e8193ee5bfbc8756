package dev.servicedesk.inbound.internal.steps;

import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.MailStep;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.outbound.RejectionReason;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/**
 * GITLAB_BEHAVIOUR.md "Creating a Service Desk issue": the Support Bot is the author, the sender
 * the external author, the subject the title, the body the description; confidential (always
 * in a public project).
 */
@Component
public class CreateIssue implements MailStep {

    private final IssueService issues;
    private final ServiceDeskService serviceDesk;
    private final CcParticipants ccParticipants;
    private final ServiceDeskIssueDefaults defaults;
    private final AttachmentUploads attachmentUploads;

    CreateIssue(IssueService issues, ServiceDeskService serviceDesk, CcParticipants ccParticipants,
                ServiceDeskIssueDefaults defaults, AttachmentUploads attachmentUploads) {
        this.issues = issues;
        this.serviceDesk = serviceDesk;
        this.ccParticipants = ccParticipants;
        this.defaults = defaults;
        this.attachmentUploads = attachmentUploads;
    }

    @Override
    public StepResult apply(MailContext context) {
        ParsedMail mail = context.mail();
        if (mail.sender() == null) {
            return StepResult.reject(context, "no sender address (From, Reply-To, Sender)");
        }
        if (mail.body().isBlank() && mail.subject().isBlank() && mail.attachments().isEmpty()) {
            return StepResult.rejectAndTell(context, RejectionReason.EMPTY, "empty mail");
        }
        IssueView issue = issues.createForServiceDesk(context.project().id(), mail.subject(),
                defaults.description(context.project(), description(context)), mail.sender(),
                defaults.confidential(context.project()), mail.messageId());
        defaults.noteMissingTemplate(context.project(), issue.id());
        ccParticipants.add(context, issue.id(), serviceDesk.settings(context.project().id()));
        return StepResult.issueCreated(context, issue.id());
    }

    private String description(MailContext context) {
        return attachmentUploads.appendTo(context.mail().body(), context.project().id(), context.mail().attachments());
    }
}
