package dev.servicedesk.projects;

public record NewProject(long groupId, String name, String path, Visibility visibility, String description) {
}
