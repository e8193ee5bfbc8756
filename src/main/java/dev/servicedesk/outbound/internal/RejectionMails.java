package dev.servicedesk.outbound.internal;

import java.util.List;

import dev.servicedesk.outbound.RejectionReason;
import dev.servicedesk.servicedesk.ServiceDeskSettings;
import org.springframework.stereotype.Component;

/** Writes the short "your mail was not taken" mail; public callers go through {@code RejectionMailService}. */
@Component
public class RejectionMails {

    private final Outbox outbox;
    private final MailBodies bodies;

    RejectionMails(Outbox outbox, MailBodies bodies) {
        this.outbox = outbox;
        this.bodies = bodies;
    }

    public void queue(String sender, RejectionReason reason, String subject, List<String> thread) {
        String title = subject == null || subject.isBlank() ? "your mail" : subject;
        String text = reason.explanation() + "\n\nThis is an automatic message; replies to it are not read.";
        outbox.queueWithoutReplyKey(new MailDraft("rejection", null, sender, ServiceDeskSettings.DEFAULT_OUTGOING_NAME,
                "Not delivered: " + title, bodies.render(text), thread, null, "auto-replied", List.of()));
    }
}
