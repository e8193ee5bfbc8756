package dev.servicedesk.servicedesk;

/**
 * What a maintainer sends from the Service Desk settings page. {@code customSuffix} and
 * {@code issueTemplateKey} may be blank for none; {@code outgoingName} blank for the default.
 */
public record ServiceDeskSettingsChange(boolean enabled, String customSuffix, String issueTemplateKey, String outgoingName,
                                        boolean confidentialByDefault, boolean reopenIssueOnExternalParticipantNote,
                                        boolean addExternalParticipantsFromCc) {
}
