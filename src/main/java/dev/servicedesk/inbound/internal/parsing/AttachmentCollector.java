package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;

/**
 * Every attachment of a mail in document order (see {@link PartRoles#isAttachment}), including
 * those of a message forwarded inline; an attached message counts as one .eml file. The signature
 * parts of multipart/signed are left out: GitLab does not store them either, and they mean nothing
 * once the mail is an issue.
 */
final class AttachmentCollector {

    List<Attachment> collect(MimeNode root) {
        List<Attachment> attachments = new ArrayList<>();
        walk(root, null, attachments);
        return attachments;
    }

    private void walk(MimeNode node, MimeNode parent, List<Attachment> attachments) {
        if (PartRoles.isSignature(node, parent)) {
            return;
        }
        if (node.isMultipart()) {
            for (MimeNode child : node.children()) {
                walk(child, node, attachments);
            }
        } else if (PartRoles.isAttachment(node, parent)) {
            String name = node.fileName() != null
                    ? node.fileName()
                    : FileNames.generated(node, attachments.size() + 1);
            attachments.add(Attachment.of(name, node.type(), node.content().bytes()));
        } else if (node.embedded() != null) {
            walk(node.embedded(), node, attachments);
        }
    }
}
