package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The caller's role in the project ({@code project_access}) and its group ({@code group_access}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PermissionsJson(AccessJson projectAccess, AccessJson groupAccess) {
}
