package dev.servicedesk.inbound.internal.steps;

import java.io.ByteArrayInputStream;
import java.util.List;

import dev.servicedesk.inbound.internal.parsing.Attachment;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import org.springframework.stereotype.Component;

/**
 * A mail's files become uploads of the project, linked from the issue or note as GitLab does it
 * (GITLAB_BEHAVIOUR "Creating a Service Desk issue"): the body first, then every attachment as a
 * Markdown link on a line of its own, inline images as images. Runs in the pipeline's transaction,
 * so a mail that fails later leaves no orphaned files.
 */
@Component
public class AttachmentUploads {

    private final UploadService uploads;

    AttachmentUploads(UploadService uploads) {
        this.uploads = uploads;
    }

    /** Stores every attachment and returns their Markdown links in mail order. */
    public List<String> store(long projectId, List<Attachment> attachments) {
        return attachments.stream()
                .map(attachment -> uploads.storeFromMail(projectId, attachment.fileName(), attachment.contentType(),
                        attachment.size(), new ByteArrayInputStream(attachment.content())))
                .map(UploadView::markdown)
                .toList();
    }

    /** {@code text}, then the links of the stored attachments, each in a paragraph of its own. */
    public String appendTo(String text, long projectId, List<Attachment> attachments) {
        StringBuilder out = new StringBuilder(text == null ? "" : text.strip());
        for (String link : store(projectId, attachments)) {
            out.append(out.isEmpty() ? "" : "\n\n").append(link);
        }
        return out.toString();
    }
}
