package dev.servicedesk.inbound.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.servicedesk.inbound.InboundEmailProperties;
import dev.servicedesk.inbound.MailboxSettings;
import org.springframework.stereotype.Component;

/** The shared secrets of the mailboxes delivered by webhook, read once from their {@code secret_file}. */
@Component
public class MailroomSecrets {

    private final Map<String, String> secrets = new HashMap<>();

    MailroomSecrets(InboundEmailProperties properties) {
        add(MailboxListeners.INCOMING_EMAIL, properties.incomingEmail());
        add(MailboxListeners.SERVICE_DESK_EMAIL, properties.serviceDeskEmail());
    }

    private void add(String mailbox, MailboxSettings settings) {
        if (settings == null || !settings.isEnabled() || !settings.webhook()) {
            return;
        }
        Path file = Path.of(settings.secretFile());
        try {
            String secret = Files.readString(file).trim();
            if (secret.length() < 16) {
                throw new IllegalStateException("The secret in " + file.toAbsolutePath() + " (servicedesk." + mailbox
                        + ".secret_file) must be at least 16 characters");
            }
            secrets.put(mailbox, secret);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read servicedesk." + mailbox + ".secret_file " + file.toAbsolutePath(), e);
        }
    }

    /** The secret of a mailbox delivered by webhook; empty for any other name. */
    public Optional<String> secretFor(String mailbox) {
        return Optional.ofNullable(secrets.get(mailbox));
    }
}
