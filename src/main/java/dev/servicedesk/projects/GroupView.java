package dev.servicedesk.projects;

import java.time.Instant;

public record GroupView(long id, Long parentId, String name, String path, String fullPath,
                        Visibility visibility, String description, Instant createdAt) {
}
