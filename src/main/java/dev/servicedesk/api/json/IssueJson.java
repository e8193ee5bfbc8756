package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** An issue; {@code serviceDeskReplyTo} is null for callers below Reporter (CVE-2023-1936). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IssueJson(long id, int iid, long projectId, String title, String description, String state, java.time.Instant createdAt, java.time.Instant updatedAt, java.time.Instant closedAt, UserJson closedBy, java.util.List<String> labels, Object milestone, java.util.List<UserJson> assignees, UserJson author, UserJson assignee, String type, int userNotesCount, int upvotes, int downvotes, String dueDate, boolean confidential, Boolean discussionLocked, String issueType, String webUrl, ReferencesJson references, Long movedToId, String serviceDeskReplyTo) {
}
