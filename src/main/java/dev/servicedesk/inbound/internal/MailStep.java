package dev.servicedesk.inbound.internal;

/** One named step of the path of a mail (ARCHITECTURE.md). */
public interface MailStep {

    StepResult apply(MailContext context);
}
