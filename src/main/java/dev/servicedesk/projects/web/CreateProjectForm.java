package dev.servicedesk.projects.web;

import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.NewProject;
import dev.servicedesk.projects.Visibility;

/** The new project form. */
public class CreateProjectForm {

    private Long namespaceId;
    private String name = "";
    private String path = "";
    private String visibility = "private";
    private String description = "";

    NewProject toNewProject() {
        if (namespaceId == null) {
            throw new InvalidInputException("namespaceId", "Choose the group the project belongs to");
        }
        return new NewProject(namespaceId, name, path, Visibility.parse(visibility), description);
    }

    public Long getNamespaceId() { return namespaceId; }
    public void setNamespaceId(Long namespaceId) { this.namespaceId = namespaceId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPath() { return path; }
    public void setPath(String path) { this.path = path; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
