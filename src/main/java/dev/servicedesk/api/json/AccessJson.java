package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** One role. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AccessJson(int accessLevel, int notificationLevel) {
}
