package dev.servicedesk.inbound.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.servicedesk.inbound.InboundEmailProperties;
import dev.servicedesk.inbound.InboundProperties;
import dev.servicedesk.inbound.MailboxSettings;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.integration.leader.event.OnGrantedEvent;
import org.springframework.integration.leader.event.OnRevokedEvent;
import org.springframework.integration.mail.inbound.ImapIdleChannelAdapter;
import org.springframework.stereotype.Component;

/**
 * A {@link MailboxListener} for every mailbox read over IMAP ({@code incoming_email}, and
 * {@code service_desk_email} when configured or embedded). They run on the leader only
 * (MAIL_SAFETY item 7): started when this instance is granted the mailbox lock, stopped when it
 * loses it. Without leader election they run from start-up.
 */
@Component
public class MailboxListeners implements SmartLifecycle, DisposableBean {

    public static final String INCOMING_EMAIL = "incoming_email";
    public static final String SERVICE_DESK_EMAIL = "service_desk_email";

    private static final Logger log = LoggerFactory.getLogger(MailboxListeners.class);

    private final List<MailboxListener> listeners = new ArrayList<>();
    private final boolean leaderElection;
    private final String role;
    private volatile boolean running;
    private volatile boolean leader;

    MailboxListeners(InboundEmailProperties mailboxes, InboundProperties inbound, ServiceDeskAddressProperties addresses,
                     ObjectProvider<EmbeddedMailServer> embedded, InboundEmailStore store, InboundEmailWorker worker,
                     ApplicationContext context) {
        this.leaderElection = inbound.leaderElection().enabled();
        MailboxSettings incoming = mailboxes.incomingEmail();
        if (incoming == null || !incoming.configured()) {
            // Only the address is configured, and in ServiceDeskAddressProperties with its default.
            incoming = incoming == null ? MailboxSettings.embedded(addresses.address()) : incoming.withAddress(addresses.address());
        }
        add(INCOMING_EMAIL, incoming, inbound, embedded.getIfAvailable(), store, worker, context);
        if (mailboxes.serviceDeskEmail() != null) {
            add(SERVICE_DESK_EMAIL, mailboxes.serviceDeskEmail(), inbound, embedded.getIfAvailable(), store, worker, context);
        }
        role = "mailboxes " + listeners.stream().map(MailboxListener::describe).collect(Collectors.joining(", "));
    }

    /**
     * The leader election role, and so the lock: named after the mailboxes read, so that instances
     * reading the same mailboxes compete and an instance reading other ones (a staging copy on the
     * same database, the test contexts with their own mail servers) leads its own.
     */
    String role() {
        return role;
    }

    private void add(String name, MailboxSettings settings, InboundProperties inbound, EmbeddedMailServer embedded,
                     InboundEmailStore store, InboundEmailWorker worker, ApplicationContext context) {
        if (!settings.readOverImap()) {
            log.info("Mail: {} is {}; not reading a mailbox", name,
                    settings.webhook() ? "delivered by webhook" : "not configured or disabled");
            return;
        }
        MailboxConnection connection = MailboxConnection.of(name, settings, embedded);
        StoreFirstHandler handler = new StoreFirstHandler(name, connection.expungeDeleted(), store, worker);
        listeners.add(new MailboxListener(connection, inbound.imap(), handler, context));
    }

    @EventListener
    void onGranted(OnGrantedEvent event) {
        if (role.equals(event.getRole())) {
            log.info("Mail: this instance is the leader and reads the mailboxes");
            leader = true;
            if (running) {
                listeners.forEach(MailboxListener::start);
            }
        }
    }

    @EventListener
    void onRevoked(OnRevokedEvent event) {
        if (role.equals(event.getRole())) {
            log.info("Mail: this instance is no longer the leader and stops reading the mailboxes");
            leader = false;
            listeners.forEach(MailboxListener::stop);
        }
    }

    @EventListener
    void onIdleFailure(ImapIdleChannelAdapter.ImapIdleExceptionEvent event) {
        listeners.stream().filter(listener -> listener.drives(event.getSource()))
                .forEach(listener -> listener.failed(event.getCause()));
    }

    /** Whether this instance reads the mailboxes now. */
    public boolean reading() {
        return running && (leader || !leaderElection);
    }

    List<MailboxListener> listeners() {
        return List.copyOf(listeners);
    }

    @Override
    public void start() {
        running = true;
        if (!leaderElection || leader) {
            listeners.forEach(MailboxListener::start);
        }
    }

    @Override
    public void stop() {
        running = false;
        listeners.forEach(MailboxListener::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }


    @Override
    public void destroy() {
        listeners.forEach(MailboxListener::destroy);
    }
}
