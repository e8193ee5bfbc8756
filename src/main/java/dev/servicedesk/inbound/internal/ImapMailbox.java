package dev.servicedesk.inbound.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.springframework.integration.mail.inbound.ImapMailReceiver;

/**
 * Spring Integration's IMAP receiver, plus what a mailbox read for days needs: it knows whether
 * it is connected (for the health indicator), polls every {@code poll_interval} when the server
 * has no IDLE (or IDLE is switched off), and turns any failure to open the folder into a
 * {@link MessagingException}, the only kind after which the IDLE adapter reconnects.
 */
class ImapMailbox extends ImapMailReceiver {

    private final String name;
    private final boolean idleAllowed;
    private final Duration pollInterval;
    private final Object pollWait = new Object();
    private volatile MailboxState state;

    ImapMailbox(MailboxConnection connection, boolean idleAllowed, Duration pollInterval) {
        super(connection.url());
        this.name = connection.name();
        this.idleAllowed = idleAllowed;
        this.pollInterval = pollInterval;
        this.state = MailboxState.connecting(connection.describe());
    }

    String name() {
        return name;
    }

    MailboxState state() {
        return state;
    }

    /**
     * Only what storing needs: UID and flags (the raw bytes are fetched when written out). Not
     * the ENVELOPE Spring asks for by default: a server that cannot build one for a mail with a
     * broken address header (GreenMail) would make that mail, and every mail behind it, fail
     * forever (MAIL_SAFETY item 4).
     */
    @Override
    protected void fetchMessages(jakarta.mail.Message[] messages) throws MessagingException {
        jakarta.mail.FetchProfile profile = new jakarta.mail.FetchProfile();
        profile.add(jakarta.mail.UIDFolder.FetchProfileItem.UID);
        profile.add(jakarta.mail.FetchProfile.Item.FLAGS);
        getFolder().fetch(messages, profile);
    }

    @Override
    protected void openFolder() throws MessagingException {
        try {
            super.openFolder();
        } catch (MessagingException e) {
            state = state.down(e);
            throw e;
        } catch (RuntimeException e) {
            state = state.down(e);
            throw new MessagingException("Could not open mailbox " + name + ": " + e.getMessage(), e);
        }
        boolean idle = idleAllowed && supportsIdle();
        if (!state.up() || state.idle() != idle) {
            state = state.connected(idle);
        }
    }

    @Override
    public void waitForNewMessages() throws MessagingException {
        openFolder();
        if (state.idle()) {
            super.waitForNewMessages();
            return;
        }
        // Polling fallback: a server without IDLE is searched every poll_interval.
        if (searchForNewMessages().length > 0) {
            return;
        }
        closeFolder();
        synchronized (pollWait) {
            try {
                pollWait.wait(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Called when the adapter stops: also ends a polling pause at once. */
    @Override
    public void cancelPing() {
        try {
            super.cancelPing();
        } catch (IllegalStateException e) {
            // "not allowed on a closed folder": the IDLE thread closed it at the same moment, which is what stopping wants.
        } finally {
            synchronized (pollWait) {
                pollWait.notifyAll();
            }
        }
    }

    /** The connection broke while waiting (server gone, timeout): DOWN until the next successful open. */
    void failed(Throwable error) {
        state = state.down(error);
    }

    void starting() {
        state = state.starting();
    }

    void standby() {
        state = state.standby();
    }

    private boolean supportsIdle() throws MessagingException {
        Folder folder = getFolder();
        Store store = folder == null ? null : folder.getStore();
        return store instanceof IMAPStore imap && imap.hasCapability("IDLE");
    }

    /** What the health indicator reports for one mailbox. */
    record MailboxState(String where, boolean up, boolean reading, boolean idle, String error, Instant since) {

        static MailboxState connecting(String where) {
            return new MailboxState(where, false, false, false, null, Instant.now());
        }

        MailboxState connected(boolean withIdle) {
            return new MailboxState(where, true, true, withIdle, null, Instant.now());
        }

        MailboxState down(Throwable e) {
            // The adapter wraps the real reason (connection refused, BYE, timeout) a few levels deep.
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            String message = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
            return new MailboxState(where, false, true, idle, message, up || error == null ? Instant.now() : since);
        }

        MailboxState starting() {
            return new MailboxState(where, false, true, false, null, Instant.now());
        }

        MailboxState standby() {
            return new MailboxState(where, false, false, false, null, Instant.now());
        }
    }
}
