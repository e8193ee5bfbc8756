package dev.servicedesk.inbound.internal;

import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.projects.ProjectView;

/** What the pipeline knows about one mail so far; each step hands on a new one. */
public record MailContext(long inboundEmailId, String mailbox, ParsedMail mail, ProjectView project) {

    public MailContext withProject(ProjectView target) {
        return new MailContext(inboundEmailId, mailbox, mail, target);
    }
}
