package dev.servicedesk.outbound.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.issues.EmailConversationService;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.IssueCreated;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteAdded;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.issues.ParticipantAdded;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import dev.servicedesk.outbound.OutgoingEmailProperties;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.MailTemplate;
import dev.servicedesk.servicedesk.MailTemplateService;
import dev.servicedesk.servicedesk.Placeholders;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which mail goes to whom (GITLAB_BEHAVIOUR.md "Emails sent"): the thank-you to the author of a
 * new Service Desk issue, the new-note mail to every external participant for every public
 * note except to the one who wrote it, the new-participant mail to someone added. Listens in
 * the transaction that publishes the event, so the outbox row commits or rolls back with it.
 * Internal and system notes never leave the instance; edits send nothing (there is no event).
 */
@Component
class ConversationMails {

    static final long MAX_ATTACHED_BYTES = 10L * 1024 * 1024;

    private final EmailConversationService conversations;
    private final ExternalParticipantService participants;
    private final ProjectService projects;
    private final ServiceDeskService serviceDesk;
    private final MailTemplateService templates;
    private final MailBodies bodies;
    private final MailComposer composer;
    private final Outbox outbox;
    private final InstanceProperties instance;
    private final OutgoingEmailProperties properties;
    private final JdbcClient jdbc;
    private final UploadService uploads;

    ConversationMails(EmailConversationService conversations, ExternalParticipantService participants, ProjectService projects,
                      ServiceDeskService serviceDesk, MailTemplateService templates, MailBodies bodies, MailComposer composer,
                      Outbox outbox, InstanceProperties instance, OutgoingEmailProperties properties, JdbcClient jdbc,
                      UploadService uploads) {
        this.uploads = uploads;
        this.conversations = conversations;
        this.participants = participants;
        this.projects = projects;
        this.serviceDesk = serviceDesk;
        this.templates = templates;
        this.bodies = bodies;
        this.composer = composer;
        this.outbox = outbox;
        this.instance = instance;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @EventListener
    void issueCreated(IssueCreated event) {
        if (event.externalAuthorEmail() == null) {
            return;
        }
        IssueView issue = conversations.find(event.issueId()).orElseThrow();
        queue(MailTemplate.THANK_YOU, issue, List.of(event.externalAuthorEmail()), null, null, "auto-replied");
    }

    @EventListener
    void noteAdded(NoteAdded event) {
        if (event.internal() || event.system()) {
            return;
        }
        NoteView note = conversations.findNote(event.noteId()).orElseThrow();
        IssueView issue = conversations.find(event.issueId()).orElseThrow();
        String writer = note.externalAuthorEmail();
        List<String> recipients = participants.emails(issue.id()).stream()
                .filter(recipient -> writer == null || !writer.equalsIgnoreCase(recipient)).toList();
        queue(MailTemplate.NEW_NOTE, issue, recipients, note, writer, "auto-generated");
    }

    @EventListener
    void participantAdded(ParticipantAdded event) {
        if (!event.sendMail()) {
            return;
        }
        IssueView issue = conversations.find(event.issueId()).orElseThrow();
        queue(MailTemplate.NEW_PARTICIPANT, issue, List.of(event.email()), null, null, "auto-generated");
    }

    /**
     * One mail per recipient. What all of them share (project, settings, template, the note's
     * files) is looked up once; the thread and the reply key are each recipient's own.
     */
    private void queue(MailTemplate template, IssueView issue, List<String> recipients, NoteView note, String noteWriter,
                       String autoSubmitted) {
        if (recipients.isEmpty()) {
            return;
        }
        ProjectView project = projects.find(issue.projectId()).orElseThrow();
        ServiceDeskSettings settings = serviceDesk.settings(project.id());
        String fromName = noteWriter == null ? settings.outgoingNameOrDefault() : noteWriter + " via " + settings.outgoingNameOrDefault();
        String subject = "Re: " + issue.title() + " (#" + issue.iid() + ")";
        String listId = "\"" + project.fullPath() + "\" <" + project.slug() + "." + properties.domain() + ">";
        String content = templates.content(project.id(), template);
        List<MailAttachment> files = note == null ? List.of() : attachments(project.id(), note.body());
        Optional<String> original = conversations.originalMessageId(issue.id());
        for (String recipient : recipients) {
            List<String> thread = threadIds(original, issue.id(), recipient);
            outbox.queueWithReplyKey(issue.id(), recipient, replyKey -> new MailDraft(template.key(), issue.id(), recipient, fromName,
                    subject, bodies.render(Placeholders.fill(content, values(project, issue, note, replyKey))), thread, listId,
                    autoSubmitted, files));
        }
    }

    /**
     * The files a note links to travel with the mail when they total {@value #MAX_ATTACHED_BYTES}
     * bytes or less; above that the links in the text (absolute URLs) have to do.
     */
    private List<MailAttachment> attachments(long projectId, String markdown) {
        List<UploadView> referenced = uploads.referencedIn(projectId, markdown);
        if (referenced.isEmpty() || referenced.stream().mapToLong(UploadView::size).sum() > MAX_ATTACHED_BYTES) {
            return List.of();
        }
        List<MailAttachment> files = new ArrayList<>();
        for (UploadView upload : referenced) {
            try (java.io.InputStream content = uploads.openContent(upload)) {
                files.add(new MailAttachment(upload.fileName(), upload.contentType(), content.readAllBytes()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not read upload " + upload.id(), e);
            }
        }
        return files;
    }

    private Map<String, String> values(ProjectView project, IssueView issue, NoteView note, String replyKey) {
        Map<String, String> values = new HashMap<>();
        values.put("ISSUE_ID", "#" + issue.iid());
        values.put("ISSUE_PATH", project.fullPath() + "#" + issue.iid());
        values.put("ISSUE_URL", instance.url("/" + project.fullPath() + "/-/issues/" + issue.iid()));
        values.put("ISSUE_DESCRIPTION", issue.description());
        values.put("NOTE_TEXT", note == null ? "" : note.body());
        values.put("UNSUBSCRIBE_URL", composer.unsubscribeUrl(replyKey));
        values.put("SYSTEM_HEADER", properties.systemHeader());
        values.put("SYSTEM_FOOTER", properties.systemFooter());
        values.put("ADDITIONAL_TEXT", properties.additionalText());
        return values;
    }

    /**
     * The thread as this recipient knows it: the customer's original mail, then the first and
     * the latest mail we sent them about the issue (or the issue it was moved from), so every
     * client files the new mail under the same conversation.
     */
    private List<String> threadIds(Optional<String> original, long issueId, String recipient) {
        List<String> ids = new ArrayList<>();
        original.ifPresent(ids::add);
        List<String> sent = jdbc.sql("""
                        select message_id from outbound_emails
                        where issue_id in (select id from issues where id = :issue or moved_to_id = :issue)
                          and lower(recipient) = :recipient
                        order by id""")
                .param("issue", issueId).param("recipient", recipient.toLowerCase(Locale.ROOT))
                .query(String.class).list();
        if (!sent.isEmpty()) {
            ids.add(sent.get(0));
            ids.add(sent.get(sent.size() - 1));
        }
        return ids.stream().distinct().toList();
    }
}
