package dev.servicedesk.outbound.internal;

import java.util.List;

/**
 * One mail to one recipient before it is turned into bytes; the outbox adds its Message-ID and
 * reply key.
 *
 * @param kind          thank_you, new_note, new_participant or rejection
 * @param issueId       the issue it is about; null for a rejection
 * @param threadIds     Message-IDs (without brackets) of the thread so far, oldest first, for References
 * @param listId        the List-Id value; null for none
 * @param autoSubmitted {@code auto-replied} for the answer to a customer's mail, else {@code auto-generated}
 */
record MailDraft(String kind, Long issueId, String recipient, String fromName, String subject, RenderedBody body,
                 List<String> threadIds, String listId, String autoSubmitted, List<MailAttachment> attachments) {
}
