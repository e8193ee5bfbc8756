package dev.servicedesk.inbound.internal;

/** What became of one stored mail: the {@code inbound_emails} row's status and why. */
record Outcome(String status, String reason, String messageId, Long projectId, Long issueId, RejectionNotice notice) {

    Outcome(String status, String reason, String messageId, Long projectId, Long issueId) {
        this(status, reason, messageId, projectId, issueId, null);
    }

    static Outcome issueCreated(String messageId, long projectId, long issueId) {
        return new Outcome("issue_created", null, messageId, projectId, issueId);
    }

    static Outcome noteAdded(String messageId, long projectId, long issueId) {
        return new Outcome("note_added", null, messageId, projectId, issueId);
    }

    /** Rejected, and the sender is told why (at most once a day per reason, never automated mail). */
    static Outcome rejectedWithNotice(String messageId, String reason, RejectionNotice notice) {
        return new Outcome("rejected", reason, messageId, null, null, notice);
    }

    static Outcome ignored(String messageId, String reason) {
        return new Outcome("ignored", reason, messageId, null, null);
    }

    static Outcome held(String messageId, String reason) {
        return new Outcome("held", reason, messageId, null, null);
    }

    static Outcome rejected(String messageId, String reason) {
        return new Outcome("rejected", reason, messageId, null, null);
    }
}
