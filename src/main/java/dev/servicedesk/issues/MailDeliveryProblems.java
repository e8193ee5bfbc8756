package dev.servicedesk.issues;

import java.time.Instant;
import java.util.List;

/**
 * Mail about an issue that could not be delivered, for the issue page (members only). The
 * outbound mail module implements it; {@code issues} never depends on it directly.
 */
public interface MailDeliveryProblems {

    List<Problem> forIssue(long issueId);

    /** One recipient the mail server refused for good, or that we stopped trying. */
    record Problem(String recipient, String kind, String error, Instant at) {
    }
}
