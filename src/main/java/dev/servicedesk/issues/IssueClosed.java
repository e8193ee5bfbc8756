package dev.servicedesk.issues;

public record IssueClosed(long issueId, long projectId, long closedById) {
}
