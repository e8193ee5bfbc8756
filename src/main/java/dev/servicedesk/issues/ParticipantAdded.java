package dev.servicedesk.issues;

/**
 * Someone outside the instance was added to an issue, published in the adding transaction.
 * {@code sendMail} is false for the issue's own creator, who gets the thank-you mail instead.
 */
public record ParticipantAdded(long issueId, long projectId, String email, boolean sendMail) {
}
