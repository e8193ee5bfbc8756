package dev.servicedesk.inbound.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

import dev.servicedesk.inbound.internal.InboundEmailStore;
import dev.servicedesk.inbound.internal.InboundEmailWorker;
import dev.servicedesk.inbound.internal.MailroomSecrets;
import dev.servicedesk.inbound.internal.parsing.MailLimits;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code delivery_method: webhook}: the mail server hands each mail over by HTTP (GitLab's
 * mail_room endpoints), e.g. from a Postfix pipe transport with curl. The raw mail is the request
 * body; the shared secret from {@code secret_file} comes in the {@code Gitlab-Mailroom-Api-Request}
 * header. The mail is stored exactly like one read over IMAP.
 */
@RestController
class MailroomWebhookController {

    static final String SECRET_HEADER = "Gitlab-Mailroom-Api-Request";

    private final MailroomSecrets secrets;
    private final InboundEmailStore store;
    private final InboundEmailWorker worker;

    MailroomWebhookController(MailroomSecrets secrets, InboundEmailStore store, InboundEmailWorker worker) {
        this.secrets = secrets;
        this.store = store;
        this.worker = worker;
    }

    @PostMapping("/api/v4/internal/mail_room/{mailbox}")
    ResponseEntity<Map<String, Object>> receive(@PathVariable String mailbox, HttpServletRequest request) throws IOException {
        Optional<String> secret = secrets.secretFor(mailbox);
        if (secret.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", "404 Not Found"));
        }
        String given = request.getHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(given.trim().getBytes(StandardCharsets.UTF_8),
                secret.get().getBytes(StandardCharsets.UTF_8))) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("message", "401 Unauthorized"));
        }
        byte[] raw = readLimited(request.getInputStream(), MailLimits.defaults().maxBytes());
        if (raw == null) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(Map.of("message", "413 Mail too large (limit " + MailLimits.defaults().maxBytes() + " bytes)"));
        }
        if (raw.length == 0) {
            return ResponseEntity.badRequest().body(Map.of("message", "400 The request body must be the raw mail"));
        }
        long id = store.storeDelivered(mailbox, raw);
        worker.wakeUp();
        return ResponseEntity.ok(Map.of("status", "stored", "id", id));
    }

    /** The body, or null when it is longer than the limit (read no further than that). */
    private static byte[] readLimited(InputStream body, long limit) throws IOException {
        byte[] raw = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        return raw.length > limit ? null : raw;
    }
}
