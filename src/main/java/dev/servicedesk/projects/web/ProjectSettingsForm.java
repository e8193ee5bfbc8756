package dev.servicedesk.projects.web;

/** Settings > General: name, description, visibility. */
public class ProjectSettingsForm {

    private String name = "";
    private String description = "";
    private String visibility = "private";

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getVisibility() { return visibility; }
    public void setVisibility(String visibility) { this.visibility = visibility; }
}
