package dev.servicedesk.issues;

/** Where a description template lives: the instance (both null), a group or a project. */
public record TemplateOwner(Long groupId, Long projectId) {

    public TemplateOwner {
        if (groupId != null && projectId != null) {
            throw new IllegalArgumentException("a template belongs to a group or a project, not both");
        }
    }

    public static TemplateOwner instance() {
        return new TemplateOwner(null, null);
    }

    public static TemplateOwner group(long groupId) {
        return new TemplateOwner(groupId, null);
    }

    public static TemplateOwner project(long projectId) {
        return new TemplateOwner(null, projectId);
    }
}
