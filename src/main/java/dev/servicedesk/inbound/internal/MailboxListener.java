package dev.servicedesk.inbound.internal;

import java.time.Duration;

import dev.servicedesk.inbound.InboundProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.mail.inbound.ImapIdleChannelAdapter;

/**
 * One mailbox being read: the receiver, the IDLE adapter that drives it, and the store-first
 * handler behind it. Built the same way for {@code incoming_email} and {@code service_desk_email}.
 * After a lost connection it waits {@code reconnect_delay}, doubling up to {@code max_reconnect_delay}.
 */
final class MailboxListener {

    private static final Logger log = LoggerFactory.getLogger(MailboxListener.class);

    private final MailboxConnection connection;
    private final ImapMailbox receiver;
    private final ImapIdleChannelAdapter adapter;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private volatile Duration delay; // only the adapter's IDLE thread changes it

    MailboxListener(MailboxConnection connection, InboundProperties.Imap imap, StoreFirstHandler handler,
                    ApplicationContext context) {
        this.connection = connection;
        this.firstDelay = imap.reconnectDelay();
        this.maxDelay = imap.maxReconnectDelay();
        this.delay = firstDelay.dividedBy(2);

        receiver = new ImapMailbox(connection, imap.idle(), imap.pollInterval());
        receiver.setShouldMarkMessagesAsRead(false);
        receiver.setShouldDeleteMessages(false);
        receiver.setAutoCloseFolder(false);
        receiver.setSearchTermStrategy((supportedFlags, folder) -> StoreFirstHandler.unseenAndNotDeleted());
        receiver.setMaxFetchSize(100);
        // Seconds: ends each IDLE after idle_timeout, as a silently dropped connection would otherwise wait forever.
        receiver.setCancelIdleInterval(Math.max(1, connection.idleTimeout().toSeconds()));
        receiver.setJavaMailProperties(connection.javaMailProperties(imap));
        receiver.setBeanFactory(context);
        receiver.setApplicationContext(context);
        receiver.setBeanName(connection.name() + "Receiver");
        receiver.afterPropertiesSet();

        DirectChannel channel = new DirectChannel();
        channel.subscribe(handler);
        adapter = new ImapIdleChannelAdapter(receiver);
        adapter.setOutputChannel(channel);
        adapter.setShouldReconnectAutomatically(true);
        adapter.setReconnectDelay(firstDelay.toMillis());
        adapter.setAutoStartup(false);
        adapter.setBeanName(connection.name() + "Listener");
        adapter.setBeanFactory(context);
        adapter.setApplicationContext(context);
        adapter.setApplicationEventPublisher(context);
        adapter.setBeanClassLoader(getClass().getClassLoader());
        adapter.afterPropertiesSet();
    }

    String name() {
        return connection.name();
    }

    String describe() {
        return connection.name() + "=" + connection.describe();
    }

    ImapMailbox.MailboxState state() {
        return receiver.state();
    }

    boolean drives(Object eventSource) {
        return eventSource == adapter;
    }

    synchronized void start() {
        if (!adapter.isRunning()) {
            log.info("Mail: reading {} ({}), IMAP IDLE when the server offers it", connection.name(), connection.describe());
            receiver.starting();
            adapter.start();
        }
    }

    synchronized void stop() {
        if (adapter.isRunning()) {
            try {
                adapter.stop();
            } catch (RuntimeException e) {
                log.warn("Mail: error while stopping {}: {}", connection.name(), e.toString());
            }
            log.info("Mail: stopped reading {}", connection.name());
        }
        receiver.standby();
    }

    /**
     * The IDLE loop failed; the adapter tries again after the current delay, which doubles with
     * every failure in a row and starts small again once a connection had succeeded.
     */
    void failed(Throwable error) {
        // Not synchronized: the IDLE thread must never wait for a stop() that waits for it.
        if (!adapter.isActive()) {
            return; // stopping closes the folder, which ends IDLE with an error
        }
        boolean wasUp = receiver.state().up();
        receiver.failed(error);
        delay = wasUp ? firstDelay : next(delay);
        log.warn("Mail: mailbox {} unreachable, trying again in {} ms: {}", connection.name(), delay.toMillis(), receiver.state().error());
        adapter.setReconnectDelay(delay.toMillis());
    }

    private Duration next(Duration current) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(maxDelay) > 0 ? maxDelay : doubled;
    }

    void destroy() {
        stop();
        adapter.destroy();
    }
}
