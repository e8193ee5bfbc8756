package dev.servicedesk.platform;

import java.util.List;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded server behaves like a real one with recipient_delimiter = +, over real SMTP and IMAP. */
class EmbeddedMailServerTests {

    EmbeddedMailServer server;

    @BeforeEach
    void start() {
        server = new EmbeddedMailServer(new EmbeddedMailProperties(0, 0), List.of("incoming@servicedesk.localhost"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void subaddressedMailLandsInTheInstanceMailbox() throws Exception {
        send("incoming+demo-website-1-issue-@servicedesk.localhost", "Printer on fire");
        send("INCOMING+0123456789abcdef0123456789abcdef@servicedesk.localhost", "A reply");
        assertThat(subjects("incoming@servicedesk.localhost")).containsExactlyInAnyOrder("Printer on fire", "A reply");
    }

    @Test
    void anyOtherRecipientGetsAMailboxOfItsOwnWithTheAddressAsLoginAndPassword() throws Exception {
        send("customer@example.com", "Thank you for your mail");
        assertThat(subjects("customer@example.com")).containsExactly("Thank you for your mail");
        assertThat(subjects("incoming@servicedesk.localhost")).isEmpty();
    }

    @Test
    void theMailboxOfAnAddressPatternIsItsLocalPartWithoutTheKey() {
        assertThat(new dev.servicedesk.servicedesk.ServiceDeskAddressProperties("incoming+%{key}@servicedesk.localhost").mailbox())
                .isEqualTo("incoming@servicedesk.localhost");
        assertThat(new dev.servicedesk.servicedesk.ServiceDeskAddressProperties("Support-%{key}@Example.com").mailbox())
                .isEqualTo("support@example.com");
    }

    private void send(String to, String subject) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", server.host());
        properties.put("mail.smtp.port", Integer.toString(server.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("customer@example.com"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("Hello");
        Transport.send(message);
    }

    private List<String> subjects(String mailbox) throws Exception {
        Properties properties = new Properties();
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect(server.host(), server.imapPort(), mailbox, mailbox);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<String> subjects = new java.util.ArrayList<>();
            for (Message message : inbox.getMessages()) {
                subjects.add(message.getSubject());
            }
            inbox.close(false);
            return subjects;
        } finally {
            store.close();
        }
    }
}
