package dev.servicedesk.inbound.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.servicedesk.inbound.InboundEmailProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * One JSON line per processed mail (message id, mailbox, outcome, reason, project, issue, ms from
 * receipt), in the application log and, with {@code incoming_email.log_path}, in that file too;
 * plus the counter {@code servicedesk.inbound.mails} by outcome and the timer
 * {@code servicedesk.inbound.latency} from receipt to decision.
 */
@Component
class MailLog {

    private static final Logger log = LoggerFactory.getLogger("dev.servicedesk.inbound.mail");

    private final ObjectMapper json;
    private final MeterRegistry meters;
    private final Path file;

    MailLog(ObjectMapper json, MeterRegistry meters, InboundEmailProperties properties) {
        this.json = json;
        this.meters = meters;
        String path = properties.incomingEmail() == null ? null : properties.incomingEmail().logPath();
        this.file = path == null || path.isBlank() ? null : Path.of(path);
    }

    void processed(long id, String mailbox, Instant receivedAt, Outcome outcome, String projectPath, Integer issueIid) {
        long millis = Duration.between(receivedAt, Instant.now()).toMillis();
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("time", Instant.now().toString());
        line.put("id", id);
        line.put("message_id", outcome.messageId());
        line.put("mailbox", mailbox);
        line.put("outcome", outcome.status());
        line.put("reason", outcome.reason());
        line.put("project", projectPath);
        line.put("issue_iid", issueIid);
        line.put("ms", millis);
        String text = json.writeValueAsString(line);
        log.info(text);
        meters.counter("servicedesk.inbound.mails", "outcome", outcome.status()).increment();
        Timer.builder("servicedesk.inbound.latency").description("from receipt of a mail to its issue, note or rejection")
                .register(meters).record(Duration.ofMillis(millis));
        append(text);
    }

    private synchronized void append(String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            log.warn("Could not write the mail log {}: {}", file, e.toString());
        }
    }
}
