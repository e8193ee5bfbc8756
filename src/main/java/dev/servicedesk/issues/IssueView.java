package dev.servicedesk.issues;

import java.time.Instant;
import java.util.Set;

/** An issue as services hand it out. {@code externalAuthorEmail} is GitLab's {@code service_desk_reply_to}: show it to Reporter+ only. */
public record IssueView(long id, long projectId, int iid, String title, String description, IssueState state,
                        boolean confidential, long authorId, String externalAuthorEmail,
                        Set<Long> labelIds, Set<Long> assigneeIds,
                        Instant createdAt, Instant updatedAt, Instant closedAt, Long closedById, Long movedToId) {

    public boolean open() {
        return state == IssueState.OPENED;
    }
}
