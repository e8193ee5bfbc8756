package dev.servicedesk.issues;

import java.time.Instant;

public record NoteView(long id, long issueId, long authorId, String body, boolean internal, boolean system,
                       String externalAuthorEmail, Instant createdAt, Instant updatedAt) {
}
