package dev.servicedesk.projects;

/** A group or subgroup to create; {@code parentId} is null for a top-level group. */
public record NewGroup(String name, String path, Long parentId, Visibility visibility, String description) {
}
