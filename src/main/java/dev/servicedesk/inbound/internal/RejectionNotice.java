package dev.servicedesk.inbound.internal;

import dev.servicedesk.outbound.RejectionReason;

/** Who to tell that their mail was not taken, and why; {@code sender} may be null (then nobody is told). */
record RejectionNotice(RejectionReason reason, String sender, String subject, String messageId) {
}
