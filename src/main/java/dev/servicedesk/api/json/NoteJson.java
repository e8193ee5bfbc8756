package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A note on an issue; internal notes are GitLab's confidential ones. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NoteJson(long id, String type, String body, Object attachment, UserJson author, java.time.Instant createdAt, java.time.Instant updatedAt, boolean system, long noteableId, String noteableType, long projectId, int noteableIid, boolean resolvable, boolean confidential, boolean internal) {
}
