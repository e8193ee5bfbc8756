package dev.servicedesk.inbound.internal.parsing;

import java.util.Set;

/** Which parts are body text, which are attachments, and which are neither. */
final class PartRoles {

    /** RFC 1847 multipart/signed: the second part is the signature (S/MIME RFC 8551, PGP/MIME RFC 3156). */
    private static final Set<String> SIGNATURES = Set.of(
            "application/pkcs7-signature", "application/x-pkcs7-signature", "application/pgp-signature");

    /** Machine-readable parts of reports and encryption, not content anyone attached. */
    private static final Set<String> CONTROL_PARTS = Set.of(
            "message/delivery-status", "message/global-delivery-status",
            "message/disposition-notification", "message/global-disposition-notification",
            "message/feedback-report", "message/global-headers", "text/rfc822-headers",
            "application/pgp-encrypted");

    private PartRoles() {
    }

    static boolean isSignature(MimeNode node, MimeNode parent) {
        return parent != null && parent.is("multipart/signed") && SIGNATURES.contains(node.type());
    }

    /**
     * A file the sender attached: anything named or marked {@code attachment}, inline images, an
     * attached message that cannot be shown inline, and any other unnamed non-text content, so that
     * nothing a customer sent is silently dropped. Text parts are body text, and the text renditions
     * of a multipart/alternative are the same content again.
     */
    static boolean isAttachment(MimeNode node, MimeNode parent) {
        if (node.isMultipart() || isSignature(node, parent)) {
            return false;
        }
        if (node.fileName() != null || node.disposition().token().equals("attachment")) {
            return true;
        }
        if (node.isMessage()) {
            return node.embedded() == null;
        }
        if (node.is("text/plain") || node.is("text/html")) {
            return false;
        }
        if (node.type().startsWith("text/") && parent != null && parent.is("multipart/alternative")) {
            return false;
        }
        return !CONTROL_PARTS.contains(node.type());
    }
}
