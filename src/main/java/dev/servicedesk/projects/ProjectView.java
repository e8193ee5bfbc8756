package dev.servicedesk.projects;

import java.time.Instant;

public record ProjectView(long id, long groupId, String name, String path, String fullPath,
                          Visibility visibility, String description, Instant createdAt, Instant updatedAt) {

    public String slug() {
        return new FullPath(fullPath).slug();
    }

    /** The full path as one URL segment, for the application's own form targets (see {@link dev.servicedesk.common.RoutedPath}). */
    public String routedPath() {
        return dev.servicedesk.common.RoutedPath.encode(fullPath);
    }

    /** The full paths of the groups above the project, top first: {@code demo}, {@code demo/support}. */
    public java.util.List<String> groupPaths() {
        java.util.List<String> paths = new java.util.ArrayList<>();
        int slash = fullPath.indexOf('/');
        while (slash > 0) {
            paths.add(fullPath.substring(0, slash));
            slash = fullPath.indexOf('/', slash + 1);
        }
        return paths;
    }

    /** {@code Group / Project} as GitLab shows it in titles. */
    public String nameWithNamespace(String groupName) {
        return groupName + " / " + name;
    }
}
