package dev.servicedesk.issues.web;

/**
 * The edit form for an issue's title and description, and for Reporter+ its confidentiality
 * ({@code null} when the form did not offer it). {@code confirmDisclosure} is the explicit
 * consent to show a Service Desk issue's creator address when making it public.
 */
public class EditIssueForm {

    private String title = "";
    private String description = "";
    private Boolean confidential;
    private boolean confirmDisclosure;

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Boolean getConfidential() { return confidential; }
    public void setConfidential(Boolean confidential) { this.confidential = confidential; }
    public boolean isConfirmDisclosure() { return confirmDisclosure; }
    public void setConfirmDisclosure(boolean confirmDisclosure) { this.confirmDisclosure = confirmDisclosure; }
}
