package dev.servicedesk.outbound;

/** Header names we put on every mail we send and look for on every mail we receive. */
public final class MailHeaders {

    /** Our own loop header: a mail carrying it came from a Service Desk and is never answered (MAIL_SAFETY items 8, 10). */
    public static final String LOOP = "X-ServiceDesk-Loop";

    private MailHeaders() {
    }
}
