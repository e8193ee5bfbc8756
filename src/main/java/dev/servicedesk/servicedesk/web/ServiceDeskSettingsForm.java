package dev.servicedesk.servicedesk.web;

import dev.servicedesk.servicedesk.ServiceDeskSettings;
import dev.servicedesk.servicedesk.ServiceDeskSettingsChange;

/** Settings > General > Service Desk. */
public class ServiceDeskSettingsForm {

    private boolean enabled;
    private String customSuffix = "";
    private String issueTemplateKey = "";
    private String outgoingName = "";
    private boolean confidentialByDefault = true;
    private boolean reopenIssueOnExternalParticipantNote;
    private boolean addExternalParticipantsFromCc;

    static ServiceDeskSettingsForm of(ServiceDeskSettings settings) {
        ServiceDeskSettingsForm form = new ServiceDeskSettingsForm();
        form.enabled = settings.enabled();
        form.customSuffix = settings.projectKey() == null ? "" : settings.projectKey();
        form.issueTemplateKey = settings.issueTemplateKey() == null ? "" : settings.issueTemplateKey();
        form.outgoingName = settings.outgoingName() == null ? "" : settings.outgoingName();
        form.confidentialByDefault = settings.confidentialByDefault();
        form.reopenIssueOnExternalParticipantNote = settings.reopenIssueOnExternalParticipantNote();
        form.addExternalParticipantsFromCc = settings.addExternalParticipantsFromCc();
        return form;
    }

    ServiceDeskSettingsChange toChange() {
        return new ServiceDeskSettingsChange(enabled, customSuffix, issueTemplateKey, outgoingName, confidentialByDefault,
                reopenIssueOnExternalParticipantNote, addExternalParticipantsFromCc);
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getCustomSuffix() { return customSuffix; }
    public void setCustomSuffix(String customSuffix) { this.customSuffix = customSuffix; }
    public String getIssueTemplateKey() { return issueTemplateKey; }
    public void setIssueTemplateKey(String issueTemplateKey) { this.issueTemplateKey = issueTemplateKey; }
    public String getOutgoingName() { return outgoingName; }
    public void setOutgoingName(String outgoingName) { this.outgoingName = outgoingName; }
    public boolean isConfidentialByDefault() { return confidentialByDefault; }
    public void setConfidentialByDefault(boolean confidentialByDefault) { this.confidentialByDefault = confidentialByDefault; }
    public boolean isReopenIssueOnExternalParticipantNote() { return reopenIssueOnExternalParticipantNote; }
    public void setReopenIssueOnExternalParticipantNote(boolean value) { this.reopenIssueOnExternalParticipantNote = value; }
    public boolean isAddExternalParticipantsFromCc() { return addExternalParticipantsFromCc; }
    public void setAddExternalParticipantsFromCc(boolean value) { this.addExternalParticipantsFromCc = value; }
}
