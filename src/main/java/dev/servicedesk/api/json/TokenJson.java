package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A personal access token; {@code token} only in the answer that created it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TokenJson(long id, String name, boolean revoked, java.time.Instant createdAt, java.util.List<String> scopes, long userId, java.time.Instant lastUsedAt, boolean active, String expiresAt, String token) {
}
