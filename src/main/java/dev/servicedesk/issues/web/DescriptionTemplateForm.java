package dev.servicedesk.issues.web;

/** Adds ({@code id} empty) or changes a description template. */
public class DescriptionTemplateForm {

    private Long id;
    private String name = "";
    private String content = "";

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
