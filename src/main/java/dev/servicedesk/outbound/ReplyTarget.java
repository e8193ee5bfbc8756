package dev.servicedesk.outbound;

/**
 * Where an answer by mail goes: the issue (after following moves) of the mail we sent, and
 * who we sent it to.
 */
public record ReplyTarget(long issueId, long projectId, String recipient) {
}
