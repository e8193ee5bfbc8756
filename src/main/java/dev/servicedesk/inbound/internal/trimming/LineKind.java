package dev.servicedesk.inbound.internal.trimming;

/** What one line of a plain-text reply is, as far as trimming cares. */
enum LineKind {
    EMPTY,
    TEXT,
    /** A quoted line: {@code > ...}, or Supercite initials such as {@code JD> ...}. */
    QUOTE,
    /** Part of an attribution such as "On <date>, <name> wrote:", which clients wrap over several lines. */
    QUOTE_HEADER,
    /** A header field of a quoted or forwarded mail written into the body: "From: ...", "Betreff: ...". */
    HEADER_FIELD,
    /** A rule ("-- ", "_____", "—") or a named separator ("-----Original Message-----"). */
    SEPARATOR,
    /** A line the mail client adds by itself: "Sent from my iPhone", "Get Outlook for iOS". */
    DEVICE_SIGNATURE
}
