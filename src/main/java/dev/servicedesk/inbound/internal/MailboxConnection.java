package dev.servicedesk.inbound.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import dev.servicedesk.inbound.InboundProperties;
import dev.servicedesk.inbound.MailboxSettings;
import dev.servicedesk.platform.EmbeddedMailServer;

/**
 * Where and how one mailbox is read: its configured server, or the embedded one, where the
 * mailbox behind the address is its own login and password.
 */
record MailboxConnection(String name, String host, int port, boolean ssl, boolean startTls, String user, String password,
                         String folder, Duration idleTimeout, boolean expungeDeleted) {

    private static final Duration EMBEDDED_IDLE_TIMEOUT = Duration.ofSeconds(10);

    MailboxConnection {
        if (host == null || host.isBlank() || user == null || user.isBlank()) {
            throw new IllegalArgumentException("servicedesk." + name + " needs a host and a user");
        }
    }

    static MailboxConnection of(String name, MailboxSettings settings, EmbeddedMailServer embedded) {
        if (settings.external()) {
            boolean ssl = settings.ssl() == null || settings.ssl();
            int port = settings.port() != null ? settings.port() : ssl ? 993 : 143;
            return new MailboxConnection(name, settings.host(), port, ssl, Boolean.TRUE.equals(settings.startTls()), settings.user(),
                    settings.password(), settings.folder(), settings.idle(), Boolean.TRUE.equals(settings.expungeDeleted()));
        }
        if (embedded == null) {
            throw new IllegalStateException("servicedesk." + name + " has no host and no embedded mail server runs");
        }
        String mailbox = settings.embeddedMailbox();
        embedded.createMailbox(mailbox);
        // GreenMail does not announce mail that arrived between the last search and the IDLE command;
        // a short IDLE bounds that delay for the embedded server.
        Duration idle = settings.idleTimeout() != null ? settings.idleTimeout() : EMBEDDED_IDLE_TIMEOUT;
        return new MailboxConnection(name, embedded.host(), embedded.imapPort(), false, false, mailbox, mailbox, settings.folder(),
                idle, Boolean.TRUE.equals(settings.expungeDeleted()));
    }

    String url() {
        return (ssl ? "imaps" : "imap") + "://" + encode(user) + ":" + encode(password) + "@" + host + ":" + port + "/" + folder;
    }

    /** For logs and the health details: never the password. */
    String describe() {
        return user + "@" + host + ":" + port + "/" + folder;
    }

    Properties javaMailProperties(InboundProperties.Imap imap) {
        Properties properties = new Properties();
        String prefix = ssl ? "mail.imaps." : "mail.imap.";
        // Jakarta Mail waits forever by default (MAIL_SAFETY item 5); a dead connection must fail and reconnect.
        // A quiet IDLE reads nothing until idle_timeout ends it, so the read timeout must be longer.
        Duration read = imap.readTimeout().compareTo(idleTimeout.plusSeconds(30)) < 0 ? idleTimeout.plusSeconds(30) : imap.readTimeout();
        properties.setProperty(prefix + "connectiontimeout", Long.toString(imap.connectTimeout().toMillis()));
        properties.setProperty(prefix + "timeout", Long.toString(read.toMillis()));
        properties.setProperty(prefix + "writetimeout", Long.toString(imap.writeTimeout().toMillis()));
        // Fetching the body must not set \Seen: that is done after the commit.
        properties.setProperty(prefix + "peek", "true");
        properties.setProperty(prefix + "starttls.enable", Boolean.toString(startTls));
        return properties;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
