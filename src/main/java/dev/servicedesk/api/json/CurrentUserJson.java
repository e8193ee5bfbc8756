package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The caller, from GET /user: the basic fields plus email, admin and bot flags. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CurrentUserJson(long id, String username, String name, String state, boolean locked, String avatarUrl, String webUrl, String email, String publicEmail, boolean isAdmin, boolean bot, java.time.Instant createdAt) {
}
