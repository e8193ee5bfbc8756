package dev.servicedesk.inbound.internal.parsing;

/**
 * Thrown from inside Jakarta Mail's parser (whose hooks cannot throw checked exceptions of ours)
 * the moment a {@link MailLimits} limit is passed; {@link MailParser} turns it into a
 * {@link MalformedMailException}. It never leaves this package.
 */
final class MailLimitExceeded extends RuntimeException {

    MailLimitExceeded(String reason) {
        super(reason, null, false, false);
    }
}
