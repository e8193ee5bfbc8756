package dev.servicedesk.platform;

import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP and IMAP server (GreenMail) in the application's JVM, for the zero-configuration
 * run and the tests. Mailboxes: every address's login and password are the address itself.
 */
public final class EmbeddedMailServer implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail greenMail;

    EmbeddedMailServer(EmbeddedMailProperties properties, Iterable<String> mailboxes) {
        ServerSetup smtp = setup(properties.smtpPort(), ServerSetup.PROTOCOL_SMTP);
        ServerSetup imap = setup(properties.imapPort(), ServerSetup.PROTOCOL_IMAP);
        this.greenMail = new GreenMail(new ServerSetup[] {smtp, imap});
        greenMail.start();
        greenMail.getUserManager().setMessageDeliveryHandler(new SubaddressDelivery(greenMail.getUserManager()));
        for (String mailbox : mailboxes) {
            createMailbox(mailbox);
        }
        log.info("Mail: embedded mail server, SMTP {}:{} and IMAP {}:{} (each mailbox's login and password are its address)",
                HOST, smtpPort(), HOST, imapPort());
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, HOST, protocol);
        // Mail clients and Spring Integration's IDLE loop wait longer than GreenMail's test defaults.
        setup.setServerStartupTimeout(10_000);
        return port == 0 ? setup.dynamicPort() : setup;
    }

    /** A mailbox whose login and password are its address. */
    public void createMailbox(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        if (greenMail.getUserManager().getUserByEmail(lower) != null) {
            return;
        }
        try {
            greenMail.getUserManager().createUser(lower, lower, lower);
        } catch (UserException e) {
            throw new IllegalStateException("Could not create the embedded mailbox " + lower, e);
        }
    }

    public int smtpPort() {
        return greenMail.getSmtp().getPort();
    }

    public int imapPort() {
        return greenMail.getImap().getPort();
    }

    public String host() {
        return HOST;
    }

    /** For the mail preview page and the tests. */
    public GreenMail greenMail() {
        return greenMail;
    }

    @Override
    public void close() {
        greenMail.stop();
        log.info("Embedded mail server stopped");
    }
}
