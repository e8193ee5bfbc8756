package dev.servicedesk.projects;

import java.time.Instant;

public record ProjectView(long id, long groupId, String name, String path, String fullPath,
                          Visibility visibility, String description, Instant createdAt, Instant updatedAt) {

    public String slug() {
        return new FullPath(fullPath).slug();
    }

    /** {@code Group / Project} as GitLab shows it in titles. */
    public String nameWithNamespace(String groupName) {
        return groupName + " / " + name;
    }
}
