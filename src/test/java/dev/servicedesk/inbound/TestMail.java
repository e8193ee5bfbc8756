package dev.servicedesk.inbound;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;

import dev.servicedesk.platform.EmbeddedMailServer;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A customer's mail client against the embedded server, for the mail tests: real SMTP out, real IMAP in. */
public final class TestMail {

    static final String INSTANCE_MAILBOX = "incoming@servicedesk.localhost";

    private final EmbeddedMailServer server;

    public TestMail(EmbeddedMailServer server) {
        this.server = server;
    }

    /** Sends a plain mail from customer@example.com; returns its Message-ID (given or new). */
    public String send(String to, String subject, String body, String messageId) throws Exception {
        String id = messageId != null ? messageId : UUID.randomUUID() + "@customer.example.com";
        MimeMessage message = new MimeMessage(session()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", "<" + id + ">");
            }
        };
        message.setFrom(new InternetAddress("customer@example.com", "Carla Customer"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText(body);
        Transport.send(message);
        return id;
    }

    /** Sends raw RFC 822 text as it is, Message-ID included (Transport.send would otherwise replace it). */
    void sendRaw(String to, String raw) throws Exception {
        MimeMessage message = new MimeMessage(session(), new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
            @Override
            protected void updateMessageID() {
            }
        };
        Transport.send(message, new Address[] {new InternetAddress(to)});
    }

    /** Whether the instance mailbox holds a message with this subject flagged \Seen. */
    boolean seen(String subject) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(server.host(), server.imapPort(), INSTANCE_MAILBOX, INSTANCE_MAILBOX);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                if (subject.equals(subjectOf(message))) {
                    return message.isSet(Flags.Flag.SEEN);
                }
            }
            return false;
        } finally {
            store.close();
        }
    }

    /** The subject, or null for a mail whose envelope the server cannot build (a broken address header). */
    static String subjectOf(Message message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            return null;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
        return Session.getInstance(properties);
    }
}
