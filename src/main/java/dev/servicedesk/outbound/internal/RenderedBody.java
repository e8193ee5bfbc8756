package dev.servicedesk.outbound.internal;

/** The two alternatives of a mail body: plain text and sanitised HTML. */
record RenderedBody(String text, String html) {
}
