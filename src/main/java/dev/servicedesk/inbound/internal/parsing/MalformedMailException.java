package dev.servicedesk.inbound.internal.parsing;

/**
 * A stored mail the parser will not turn into a {@link ParsedMail}: over a {@link MailLimits} limit,
 * or unreadable at all. The reason is short and readable, fit for a rejection mail or the failed-mail
 * list, e.g. {@code too large (31457280 bytes, limit 26214400)}.
 */
public class MalformedMailException extends Exception {

    private final String reason;

    public MalformedMailException(String reason, Throwable cause) {
        super(reason, cause);
        this.reason = reason;
    }

    public MalformedMailException(String reason) {
        this(reason, null);
    }

    public String reason() {
        return reason;
    }
}
