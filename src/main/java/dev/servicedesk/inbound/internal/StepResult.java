package dev.servicedesk.inbound.internal;

/** A step either hands the mail on or decides what becomes of it. */
public sealed interface StepResult {

    record Continue(MailContext context) implements StepResult {
    }

    record Done(Outcome outcome) implements StepResult {
    }

    static StepResult next(MailContext context) {
        return new Continue(context);
    }

    static StepResult ignore(MailContext context, String reason) {
        return new Done(Outcome.ignored(context.mail().messageId(), reason));
    }

    static StepResult reject(MailContext context, String reason) {
        return new Done(Outcome.rejected(context.mail().messageId(), reason));
    }

    /** Rejected with a short mail to the sender saying why. */
    static StepResult rejectAndTell(MailContext context, dev.servicedesk.outbound.RejectionReason reason, String detail) {
        return new Done(Outcome.rejectedWithNotice(context.mail().messageId(), detail,
                new RejectionNotice(reason, context.mail().sender(), context.mail().subject(), context.mail().messageId())));
    }

    static StepResult noteAdded(MailContext context, long issueId) {
        return new Done(Outcome.noteAdded(context.mail().messageId(), context.project().id(), issueId));
    }

    /** Kept for an admin to look at and release (rate cap); not an issue, not answered. */
    static StepResult hold(MailContext context, String reason) {
        return new Done(Outcome.held(context.mail().messageId(), reason));
    }

    static StepResult issueCreated(MailContext context, long issueId) {
        return new Done(Outcome.issueCreated(context.mail().messageId(), context.project().id(), issueId));
    }
}
