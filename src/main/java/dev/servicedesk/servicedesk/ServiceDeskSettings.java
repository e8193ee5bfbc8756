package dev.servicedesk.servicedesk;

/**
 * A project's Service Desk settings (GITLAB_BEHAVIOUR.md "Settings"). {@code projectKey} is the
 * custom address suffix (GitLab's column name), null when none is set; {@code issueTemplateKey}
 * names the description template appended to every Service Desk issue, null for none.
 */
public record ServiceDeskSettings(long projectId, boolean enabled, String projectKey, String issueTemplateKey,
                                  String outgoingName, boolean confidentialByDefault,
                                  boolean reopenIssueOnExternalParticipantNote, boolean addExternalParticipantsFromCc) {

    public static final String DEFAULT_OUTGOING_NAME = "Support Bot";

    /** The settings of a project that never changed them: off, confidential by default. */
    public static ServiceDeskSettings defaults(long projectId) {
        return new ServiceDeskSettings(projectId, false, null, null, null, true, false, false);
    }

    /** The display name on mail sent to customers. */
    public String outgoingNameOrDefault() {
        return outgoingName == null || outgoingName.isBlank() ? DEFAULT_OUTGOING_NAME : outgoingName;
    }
}
