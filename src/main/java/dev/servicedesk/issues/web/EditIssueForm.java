package dev.servicedesk.issues.web;

/** The edit form for an issue's title and description. */
public class EditIssueForm {

    private String title = "";
    private String description = "";

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
}
