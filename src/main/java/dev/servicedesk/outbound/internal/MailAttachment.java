package dev.servicedesk.outbound.internal;

/** A file sent along with a mail. */
record MailAttachment(String fileName, String contentType, byte[] content) {
}
