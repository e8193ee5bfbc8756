package dev.servicedesk.issues;

/** The issue was moved: the old one is closed and points at the new one, which keeps its participants and reply keys. */
public record IssueMoved(long oldIssueId, long oldProjectId, long newIssueId, long newProjectId) {
}
