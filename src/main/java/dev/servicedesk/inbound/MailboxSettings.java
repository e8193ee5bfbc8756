package dev.servicedesk.inbound;

import java.time.Duration;

/**
 * One mailbox, with GitLab's {@code incoming_email} / {@code service_desk_email} keys. Without a
 * {@code host} the embedded mail server is used.
 */
public record MailboxSettings(Boolean enabled, String address, String user, String password, String host, Integer port,
                              Boolean ssl, Boolean startTls, String mailbox, Duration idleTimeout, Boolean expungeDeleted,
                              String deliveryMethod, String secretFile, String logPath) {

    public boolean isEnabled() {
        return enabled == null || enabled;
    }

    public boolean configured() {
        return address != null && !address.isBlank();
    }

    public boolean external() {
        return host != null && !host.isBlank();
    }

    public String folder() {
        return mailbox == null || mailbox.isBlank() ? "INBOX" : mailbox;
    }

    public Duration idle() {
        return idleTimeout == null ? Duration.ofSeconds(60) : idleTimeout;
    }

    public boolean webhook() {
        return "webhook".equalsIgnoreCase(deliveryMethod);
    }
}
