package dev.servicedesk.outbound.internal;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Reads what the SMTP server said from the exceptions Jakarta Mail throws: a 5xx reply to the
 * recipient or the message is permanent (do not retry, stop mailing the address); anything else
 * (4xx, connection refused, timeouts) is worth another try.
 */
final class SmtpReplies {

    private SmtpReplies() {
    }

    static boolean isPermanent(Throwable failure) {
        int code = replyCode(failure);
        return code >= 500 && code < 600;
    }

    static String describe(Throwable failure) {
        int code = replyCode(failure);
        String message = String.valueOf(innermost(failure).getMessage()).strip();
        return code > 0 && !message.startsWith(String.valueOf(code)) ? code + " " + message : message;
    }

    /** The SMTP reply code anywhere in the chain (causes and Jakarta Mail's next exceptions), or 0. */
    static int replyCode(Throwable failure) {
        for (Throwable current = failure; current != null; current = next(current)) {
            if (current instanceof SMTPAddressFailedException address) {
                return address.getReturnCode();
            }
            if (current instanceof SMTPSendFailedException send && send.getReturnCode() > 0) {
                // a message refused as a whole; a recipient refusal inside it says more
                int inner = replyCode(send.getNextException());
                return inner > 0 ? inner : send.getReturnCode();
            }
        }
        return 0;
    }

    private static Throwable next(Throwable current) {
        if (current instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return current.getCause() == current ? null : current.getCause();
    }

    private static Throwable innermost(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; next(current) != null && depth < 10; depth++) {
            current = next(current);
        }
        return current;
    }
}
