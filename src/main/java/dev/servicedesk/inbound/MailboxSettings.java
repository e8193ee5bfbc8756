package dev.servicedesk.inbound;

import java.time.Duration;
import java.util.Locale;

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

    /** Read over IMAP (by this instance's listener), as opposed to handed over by the webhook or switched off. */
    public boolean readOverImap() {
        return configured() && isEnabled() && !webhook();
    }

    /**
     * The embedded server's mailbox behind the address: {@code contact+%{key}@host} is delivered to
     * {@code contact@host}, as by a server with {@code recipient_delimiter = +}.
     */
    public String embeddedMailbox() {
        String withoutKey = address.replace("%{key}", "");
        int at = withoutKey.indexOf('@');
        String local = withoutKey.substring(0, at).replaceAll("[+\\-]+$", "");
        return (local + withoutKey.substring(at)).toLowerCase(Locale.ROOT);
    }

    public MailboxSettings withAddress(String defaultAddress) {
        return new MailboxSettings(enabled, defaultAddress, user, password, host, port, ssl, startTls, mailbox, idleTimeout,
                expungeDeleted, deliveryMethod, secretFile, logPath);
    }

    /** A mailbox on the embedded mail server: nothing but the address. */
    public static MailboxSettings embedded(String address) {
        return new MailboxSettings(true, address, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
