package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A group. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GroupJson(long id, String name, String path, String description, String visibility, String fullName, String fullPath, Long parentId, String webUrl, java.time.Instant createdAt) {
}
