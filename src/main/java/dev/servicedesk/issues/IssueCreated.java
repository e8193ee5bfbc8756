package dev.servicedesk.issues;

/** Published inside the creating transaction; listeners that send mail run after commit. */
public record IssueCreated(long issueId, long projectId, int iid, long authorId, String externalAuthorEmail) {
}
