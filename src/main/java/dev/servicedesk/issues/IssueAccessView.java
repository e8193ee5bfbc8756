package dev.servicedesk.issues;

import dev.servicedesk.projects.ProjectAccess;

/** An issue and what the caller may do to it: edit and close, comment, triage (labels, assignees, confidentiality, move, internal notes). */
public record IssueAccessView(IssueView issue, ProjectAccess access, boolean canUpdate, boolean canComment, boolean canTriage) {
}
