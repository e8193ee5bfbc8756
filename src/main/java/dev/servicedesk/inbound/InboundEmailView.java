package dev.servicedesk.inbound;

import java.time.Instant;

/**
 * A stored mail as the admin area and the admin API show it. The project path and issue iid are
 * null until the pipeline has placed the mail (or when that project or issue is gone).
 */
public record InboundEmailView(long id, String messageId, String mailbox, Instant receivedAt, String status,
                               String reason, int attempts, int size, String projectPath, Integer issueIid,
                               String subject) {

    /** Only these can be sent through the pipeline again; the others ended the way they should. */
    public boolean reprocessable() {
        return "failed".equals(status) || "rejected".equals(status) || "held".equals(status);
    }

    public boolean hasIssue() {
        return projectPath != null && issueIid != null;
    }
}
