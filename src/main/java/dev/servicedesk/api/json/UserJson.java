package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** Basic user, as GitLab shows authors, assignees and members. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UserJson(long id, String username, String name, String state, boolean locked, String avatarUrl, String webUrl) {
}
