package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A member with their role. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MemberJson(long id, String username, String name, String state, boolean locked, String avatarUrl, String webUrl, int accessLevel, java.time.Instant createdAt, String expiresAt) {
}
