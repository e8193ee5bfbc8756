package dev.servicedesk.inbound.internal;

/** What became of one stored mail: the {@code inbound_emails} row's status and why. */
record Outcome(String status, String reason, String messageId, Long projectId, Long issueId) {

    static Outcome issueCreated(String messageId, long projectId, long issueId) {
        return new Outcome("issue_created", null, messageId, projectId, issueId);
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
