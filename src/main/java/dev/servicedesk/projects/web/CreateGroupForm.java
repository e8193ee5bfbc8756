package dev.servicedesk.projects.web;

import dev.servicedesk.projects.NewGroup;
import dev.servicedesk.projects.Visibility;

/** The new group / new subgroup form. */
public class CreateGroupForm {

    private String name = "";
    private String path = "";
    private Long parentId;
    private String visibility = "private";
    private String description = "";

    NewGroup toNewGroup() {
        return new NewGroup(name, path, parentId, Visibility.parse(visibility), description);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
