package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** A project; {@code serviceDeskAddress} is null for callers below Reporter. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProjectJson(long id, String description, String name, String nameWithNamespace, String path, String pathWithNamespace, java.time.Instant createdAt, java.time.Instant lastActivityAt, String defaultBranch, String webUrl, String visibility, NamespaceJson namespace, boolean issuesEnabled, long openIssuesCount, boolean serviceDeskEnabled, String serviceDeskAddress, PermissionsJson permissions) {
}
