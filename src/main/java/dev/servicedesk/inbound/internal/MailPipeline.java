package dev.servicedesk.inbound.internal;

import java.util.List;

import dev.servicedesk.inbound.internal.parsing.MailParser;
import dev.servicedesk.inbound.internal.parsing.MalformedMailException;
import dev.servicedesk.inbound.internal.parsing.ParsedMail;
import dev.servicedesk.inbound.internal.steps.CreateIssue;
import dev.servicedesk.inbound.internal.steps.DetectBounce;
import dev.servicedesk.inbound.internal.steps.HoldSenderBurst;
import dev.servicedesk.inbound.internal.steps.IgnoreAutomatedMail;
import dev.servicedesk.inbound.internal.steps.RejectDuplicate;
import dev.servicedesk.inbound.internal.steps.ResolveTarget;
import dev.servicedesk.inbound.internal.steps.RouteReply;
import dev.servicedesk.inbound.internal.steps.RouteReplyToOriginal;
import dev.servicedesk.outbound.RejectionMailService;
import org.springframework.stereotype.Component;

/** The steps a stored mail goes through, in order, declared in this one place. */
@Component
public class MailPipeline {

    private final MailParser parser;
    private final List<MailStep> steps;

    private final RejectionMailService rejections;

    MailPipeline(MailParser parser, IgnoreAutomatedMail ignoreAutomated, DetectBounce detectBounce, HoldSenderBurst holdSenderBurst,
                 RouteReply routeReply, ResolveTarget resolveTarget, RejectDuplicate rejectDuplicate,
                 RouteReplyToOriginal routeReplyToOriginal, CreateIssue createIssue, RejectionMailService rejections) {
        this.parser = parser;
        this.rejections = rejections;
        // Bounces first: a mailer-daemon's report is a bounce to record, not just automated mail.
        // The rate cap after those: automated mail is ignored anyway and does not count; replies count.
        // Answers to our mails are routed by reply key before any project address is looked at.
        this.steps = List.of(detectBounce, ignoreAutomated, holdSenderBurst, routeReply, resolveTarget, rejectDuplicate,
                routeReplyToOriginal, createIssue);
    }

    Outcome process(long inboundEmailId, String mailbox, byte[] raw) {
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MalformedMailException e) {
            // Kept with its raw bytes and marked, never lost (MAIL_SAFETY, "bad input").
            return Outcome.rejected(null, "malformed: " + e.getMessage());
        }
        MailContext context = new MailContext(inboundEmailId, mailbox, mail, null);
        for (MailStep step : steps) {
            StepResult result = step.apply(context);
            if (result instanceof StepResult.Done done) {
                RejectionNotice notice = done.outcome().notice();
                if (notice != null) {
                    rejections.tell(notice.sender(), notice.reason(), notice.subject(), notice.messageId());
                }
                return done.outcome();
            }
            context = ((StepResult.Continue) result).context();
        }
        throw new IllegalStateException("the last step decides; CreateIssue returned Continue");
    }
}
