package dev.servicedesk.inbound.internal.steps;

import java.util.Optional;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.internal.MailContext;
import dev.servicedesk.inbound.internal.StepResult;
import dev.servicedesk.inbound.internal.trimming.ReplyTrimmer;
import dev.servicedesk.issues.EmailConversationService;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.outbound.RejectionReason;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.AccessPolicy;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reply by mail becomes a note (GITLAB_BEHAVIOUR.md "Creating a Service Desk issue", MAIL_SAFETY
 * item 12): only from a participant of the issue or a Reporter+ member of its project, trimmed of
 * the quoted mail and signature (kept in a collapsed block), quick actions removed. A reply to a
 * closed issue reopens it when the project says so; Cc'd people join when the project says so.
 * Not a pipeline step of its own: the steps that recognise a reply hand the mail to it.
 */
@Component
public class AddNote {

    private final EmailConversationService conversations;
    private final ExternalParticipantService participants;
    private final ServiceDeskService serviceDesk;
    private final UserService users;
    private final AccessPolicy policy;
    private final CcParticipants ccParticipants;
    private final AttachmentUploads attachmentUploads;
    private final JdbcClient jdbc;
    private final SameMailLock sameMail;
    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    AddNote(EmailConversationService conversations, ExternalParticipantService participants, ServiceDeskService serviceDesk,
            UserService users, AccessPolicy policy, CcParticipants ccParticipants, AttachmentUploads attachmentUploads,
            JdbcClient jdbc, SameMailLock sameMail) {
        this.sameMail = sameMail;
        this.attachmentUploads = attachmentUploads;
        this.conversations = conversations;
        this.participants = participants;
        this.serviceDesk = serviceDesk;
        this.users = users;
        this.policy = policy;
        this.ccParticipants = ccParticipants;
        this.jdbc = jdbc;
    }

    public StepResult apply(MailContext context) {
        long issueId = context.replyToIssueId();
        String sender = context.mail().sender();
        Optional<UserView> member = users.findByEmail(sender).filter(UserView::active)
                .filter(user -> policy.memberLevel(user.id(), context.project().id())
                        .filter(level -> level.atLeast(AccessLevel.REPORTER)).isPresent());
        if (member.isEmpty() && !participants.isParticipant(issueId, sender)) {
            return StepResult.rejectAndTell(context, RejectionReason.NOT_PARTICIPANT,
                    "reply from " + sender + ", who is neither a participant of the issue nor a member of the project");
        }
        if (context.mail().messageId() != null) {
            sameMail.lock(issueId, context.mail().messageId());
        }
        if (alreadyAdded(context, issueId)) {
            return StepResult.ignore(context, "duplicate: this reply is a note already");
        }
        String trimmed = trimmer.trim(context.mail().body()).toMarkdown();
        if (trimmed.isBlank() && context.mail().attachments().isEmpty()) {
            return StepResult.ignore(context, "empty reply");
        }
        String body = attachmentUploads.appendTo(trimmed, context.project().id(), context.mail().attachments());
        ServiceDeskSettings settings = serviceDesk.settings(context.project().id());
        boolean closed = conversations.find(issueId).map(issue -> !issue.open()).orElse(false);
        if (closed && settings.reopenIssueOnExternalParticipantNote() && member.isEmpty()) {
            conversations.reopenForReply(issueId, "Reopened because " + sender + " replied by mail to the closed issue.");
        }
        conversations.addReply(issueId, body, sender, member.map(UserView::id).orElse(null));
        ccParticipants.add(context, issueId, settings);
        return StepResult.noteAdded(context, issueId);
    }

    /** Another copy of this very reply (it was also Cc'd to one of our addresses) was made a note already. */
    private boolean alreadyAdded(MailContext context, long issueId) {
        String messageId = context.mail().messageId();
        return messageId != null && jdbc.sql("""
                        select count(*) from inbound_emails
                        where message_id = ? and issue_id = ? and status = 'note_added' and id <> ?""")
                .params(messageId, issueId, context.inboundEmailId()).query(Long.class).single() > 0;
    }

}
