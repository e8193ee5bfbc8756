package dev.servicedesk.inbound.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.servicedesk.inbound.InboundEmailProperties;
import dev.servicedesk.inbound.MailboxSettings;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import jakarta.mail.Flags;
import jakarta.mail.search.AndTerm;
import jakarta.mail.search.FlagTerm;
import jakarta.mail.search.SearchTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.mail.inbound.ImapIdleChannelAdapter;
import org.springframework.integration.mail.inbound.ImapMailReceiver;

/**
 * IMAP IDLE on the instance mailbox ({@code incoming_email}), or on the embedded server when no
 * mail server is configured. Mail becomes a stored row as soon as the server announces it.
 */
@Configuration(proxyBeanMethods = false)
class ImapListenerConfiguration {

    static final String INCOMING = "incoming_email";
    private static final Logger log = LoggerFactory.getLogger(ImapListenerConfiguration.class);

    /** A bean of its own so that Spring Integration initialises it (its IDLE canceller needs the scheduler). */
    @Bean
    ImapMailReceiver incomingEmailReceiver(InboundEmailProperties properties, ServiceDeskAddressProperties addresses,
                                           ObjectProvider<EmbeddedMailServer> embedded) {
        MailboxSettings settings = properties.incomingEmail();
        boolean external = settings != null && settings.external();
        EmbeddedMailServer server = embedded.getIfAvailable();
        String host = external ? settings.host() : server.host();
        int port = external ? (settings.port() == null ? 993 : settings.port()) : server.imapPort();
        boolean ssl = external && (settings.ssl() == null || settings.ssl());
        String user = external ? settings.user() : addresses.mailbox();
        String password = external ? settings.password() : addresses.mailbox();
        String folder = settings == null ? "INBOX" : settings.folder();
        long idleMillis = settings == null ? 60_000 : settings.idle().toMillis();

        String url = (ssl ? "imaps" : "imap") + "://" + encode(user) + ":" + encode(password) + "@" + host + ":" + port + "/" + folder;
        ImapMailReceiver receiver = new ImapMailReceiver(url);
        receiver.setShouldMarkMessagesAsRead(false);
        receiver.setShouldDeleteMessages(false);
        receiver.setAutoCloseFolder(false);
        receiver.setSearchTermStrategy((supportedFlags, f) -> unseenAndNotDeleted());
        receiver.setMaxFetchSize(100);
        receiver.setCancelIdleInterval(idleMillis);
        receiver.setJavaMailProperties(javaMailProperties(ssl, settings != null && Boolean.TRUE.equals(settings.startTls())));
        log.info("Mail: reading {}:{}/{} as {} with IMAP IDLE", host, port, folder, user);
        return receiver;
    }

    @Bean
    ImapIdleChannelAdapter incomingEmailListener(ImapMailReceiver incomingEmailReceiver, InboundEmailProperties properties,
                                                 InboundEmailStore store, InboundEmailWorker worker) {
        MailboxSettings settings = properties.incomingEmail();
        DirectChannel channel = new DirectChannel();
        boolean expunge = settings != null && Boolean.TRUE.equals(settings.expungeDeleted());
        channel.subscribe(new StoreFirstHandler(INCOMING, expunge, store, worker));
        ImapIdleChannelAdapter adapter = new ImapIdleChannelAdapter(incomingEmailReceiver);
        adapter.setOutputChannel(channel);
        adapter.setReconnectDelay(5_000);
        adapter.setShouldReconnectAutomatically(true);
        if (settings != null && (!settings.isEnabled() || settings.webhook())) {
            adapter.setAutoStartup(false);
            log.info("Mail: incoming_email is {}; not reading a mailbox", settings.webhook() ? "delivered by webhook" : "disabled");
        }
        return adapter;
    }

    /** Not \Recent, which a crash loses (MAIL_SAFETY item 2): every message not yet seen nor deleted. */
    static SearchTerm unseenAndNotDeleted() {
        return new AndTerm(new FlagTerm(new Flags(Flags.Flag.SEEN), false), new FlagTerm(new Flags(Flags.Flag.DELETED), false));
    }

    private static Properties javaMailProperties(boolean ssl, boolean startTls) {
        Properties properties = new Properties();
        String prefix = ssl ? "mail.imaps." : "mail.imap.";
        // Jakarta Mail waits forever by default; a dead connection must fail and reconnect.
        properties.setProperty(prefix + "connectiontimeout", "10000");
        properties.setProperty(prefix + "timeout", "60000");
        properties.setProperty(prefix + "writetimeout", "10000");
        // Fetching the body must not set \Seen: that is done after the commit.
        properties.setProperty(prefix + "peek", "true");
        properties.setProperty(prefix + "starttls.enable", Boolean.toString(startTls));
        return properties;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
