package dev.servicedesk.api.json;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * GitLab's answer to a project upload. {@code url} is the same absolute path as {@code full_path}
 * (GitLab's is project-relative, {@code /uploads/...}), so that a client that builds its own
 * Markdown from it gets a link that works here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UploadJson(long id, String alt, String url, String fullPath, String markdown) {
}
