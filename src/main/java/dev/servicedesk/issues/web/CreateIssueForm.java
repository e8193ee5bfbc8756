package dev.servicedesk.issues.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.servicedesk.issues.NewIssue;

/** The new issue form. */
public class CreateIssueForm {

    private String title = "";
    private String description = "";
    private boolean confidential;
    private List<Long> labelIds = new ArrayList<>();

    NewIssue toNewIssue() {
        return new NewIssue(title, description, confidential, new HashSet<>(labelIds));
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public List<Long> getLabelIds() { return labelIds; }
    public void setLabelIds(List<Long> labelIds) { this.labelIds = labelIds == null ? new ArrayList<>() : labelIds; }
}
