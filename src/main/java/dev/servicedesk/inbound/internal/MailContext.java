package dev.servicedesk.inbound.internal;

import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.projects.ProjectView;

/** What the pipeline knows about one mail so far; each step hands on a new one. */
public record MailContext(long inboundEmailId, String mailbox, ParsedMail mail, ProjectView project, Long replyToIssueId) {

    public MailContext(long inboundEmailId, String mailbox, ParsedMail mail, ProjectView project) {
        this(inboundEmailId, mailbox, mail, project, null);
    }

    public MailContext withProject(ProjectView target) {
        return new MailContext(inboundEmailId, mailbox, mail, target, replyToIssueId);
    }

    /** The mail answers an existing issue (of {@code target}) and becomes a note on it. */
    public MailContext replyingTo(ProjectView target, long issueId) {
        return new MailContext(inboundEmailId, mailbox, mail, target, issueId);
    }
}
