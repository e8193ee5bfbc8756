package dev.servicedesk.demo.web;

import java.time.Instant;

/** One mail in an embedded mailbox, as the preview list shows it. */
record PreviewedMail(String mailbox, long uid, Instant receivedAt, String from, String to, String subject) {
}
