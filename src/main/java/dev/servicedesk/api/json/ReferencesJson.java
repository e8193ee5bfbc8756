package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** How the issue is referred to. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReferencesJson(@com.fasterxml.jackson.annotation.JsonProperty("short") String short_, String relative, String full) {
}
