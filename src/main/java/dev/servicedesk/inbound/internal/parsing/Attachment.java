package dev.servicedesk.inbound.internal.parsing;

/**
 * One file of a mail, transfer encoding already decoded.
 *
 * <p>The content is held in memory for now; {@link MailLimits#maxBytes()} bounds it. Streaming
 * attachments straight to upload storage (MAIL_SAFETY item 15) is the next step, once the uploads
 * store exists.
 *
 * @param fileName    decoded (RFC 2047 / RFC 2231), without any directory part; generated when the mail names none
 * @param contentType the MIME type without parameters, lower-cased, e.g. {@code image/png}
 * @param size        bytes of {@code content}
 */
public record Attachment(String fileName, String contentType, long size, byte[] content) {

    static Attachment of(String fileName, String contentType, byte[] content) {
        return new Attachment(fileName, contentType, content.length, content);
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + contentType + ", " + size + " bytes]";
    }
}
