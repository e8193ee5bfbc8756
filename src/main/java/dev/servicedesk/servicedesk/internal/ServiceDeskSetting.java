package dev.servicedesk.servicedesk.internal;

import java.time.Instant;

import dev.servicedesk.servicedesk.ServiceDeskSettings;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "service_desk_settings")
public class ServiceDeskSetting {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    private boolean enabled;

    /** The custom email address suffix (GitLab keeps it in a column of this name). */
    @Column(name = "project_key")
    private String projectKey;

    @Column(name = "issue_template_key")
    private String issueTemplateKey;

    @Column(name = "outgoing_name")
    private String outgoingName;

    @Column(name = "confidential_by_default")
    private boolean confidentialByDefault = true;

    @Column(name = "reopen_issue_on_external_participant_note")
    private boolean reopenIssueOnExternalParticipantNote;

    @Column(name = "add_external_participants_from_cc")
    private boolean addExternalParticipantsFromCc;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected ServiceDeskSetting() {
    }

    public ServiceDeskSetting(long projectId) {
        this.projectId = projectId;
        this.updatedAt = Instant.now();
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        this.updatedAt = Instant.now();
    }

    /** Everything but {@code enabled}, as validated by the service. */
    public void change(String projectKey, String issueTemplateKey, String outgoingName, boolean confidentialByDefault,
                       boolean reopenIssueOnExternalParticipantNote, boolean addExternalParticipantsFromCc) {
        this.projectKey = projectKey;
        this.issueTemplateKey = issueTemplateKey;
        this.outgoingName = outgoingName;
        this.confidentialByDefault = confidentialByDefault;
        this.reopenIssueOnExternalParticipantNote = reopenIssueOnExternalParticipantNote;
        this.addExternalParticipantsFromCc = addExternalParticipantsFromCc;
        this.updatedAt = Instant.now();
    }

    public ServiceDeskSettings view() {
        return new ServiceDeskSettings(projectId, enabled, projectKey, issueTemplateKey, outgoingName, confidentialByDefault,
                reopenIssueOnExternalParticipantNote, addExternalParticipantsFromCc);
    }
}
