package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A project's namespace; always a group here. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record NamespaceJson(long id, String name, String path, String kind, String fullPath, Long parentId, String webUrl) {
}
