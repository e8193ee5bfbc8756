package dev.servicedesk.inbound;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.internal.InboundEmailStore;
import dev.servicedesk.inbound.internal.MailboxListeners;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.web.SignedIn;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The mailboxes of the default embedded run: the second mailbox for custom-suffix addresses, the
 * mailbox health, a crash between the commit and the IMAP flag (MAIL_SAFETY items 1 and 3), and
 * held mail on the admin page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailboxesTests {

    @Autowired EmbeddedMailServer mailServer;
    @Autowired MailboxListeners listeners;
    @Autowired InboundEmailStore store;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;

    @Test
    void mailToTheServiceDeskMailboxIsStoredFromTheServiceDeskEmailMailbox() throws Exception {
        String subject = Fixtures.unique("Custom suffix");
        new TestMail(mailServer).send("contact+mygroup-myproject-support@servicedesk.localhost", subject, "Hello", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> mailboxOf(subject) != null);
        assertThat(mailboxOf(subject)).isEqualTo("service_desk_email");
        await().atMost(Duration.ofSeconds(10)).until(() -> seenIn("contact@servicedesk.localhost", subject));
    }

    @Test
    void theHealthShowsEachMailboxToAdminsAndOnlyTheStatusToOthers() throws Exception {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                mvc.perform(get("/actuator/health").with(signedIn.as(fixtures.admin())))
                        .andExpect(jsonPath("$.components.mailbox.status").value("UP"))
                        .andExpect(jsonPath("$.components.mailbox.details.incoming_email.status").value("connected"))
                        .andExpect(jsonPath("$.components.mailbox.details.incoming_email.mode").value("idle"))
                        .andExpect(jsonPath("$.components.mailbox.details.service_desk_email.status").value("connected")));
        mvc.perform(get("/actuator/health"))
                .andExpect(jsonPath("$.components.mailbox.status").value("UP"))
                .andExpect(jsonPath("$.components.mailbox.details").doesNotExist());
    }

    @Test
    void aMailStoredButNeverFlaggedIsFoundAgainAndMakesExactlyOneIssue() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        String address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
        String subject = Fixtures.unique("Crash after commit");
        String messageId;

        listeners.stop();
        try {
            messageId = new TestMail(mailServer).send(address, subject, "Stored, then the process died", null);
            // What a crash right after the commit leaves: the row is committed, the message unseen.
            Unseen unseen = await().atMost(Duration.ofSeconds(10)).until(() -> unseen(subject), found -> found != null);
            assertThat(store.store(MailboxListeners.INCOMING_EMAIL, unseen.uidValidity(), unseen.uid(), unseen.raw())).isPresent();
            assertThat(seenIn(TestMail.INSTANCE_MAILBOX, subject)).isFalse();
        } finally {
            listeners.start(); // the restarted listener
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> seenIn(TestMail.INSTANCE_MAILBOX, subject));
        await().atMost(Duration.ofSeconds(20)).until(() -> issues.findByServiceDeskMessageId(project.id(), messageId).isPresent());
        assertThat(jdbc.sql("select count(*) from inbound_emails where position(? in encode(raw, 'escape')) > 0")
                .param(subject).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from issues where project_id = ? and service_desk_message_id = ?")
                .param(project.id()).param(messageId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void heldMailIsListedForAdminsAndReleasedByReprocessing() throws Exception {
        String subject = Fixtures.unique("Held");
        byte[] raw = ("From: burst@example.com\r\nSubject: " + subject + "\r\n\r\nbody").getBytes(StandardCharsets.UTF_8);
        long id = jdbc.sql("""
                        insert into inbound_emails (mailbox, sha256, raw, size, status, reason, sender)
                        values ('admin-test', repeat('0', 64), :raw, :size, 'held', 'rate limit: more than 20 mails', 'burst@example.com')
                        returning id""")
                .param("raw", raw).param("size", raw.length).query(Long.class).single();
        UserView admin = fixtures.admin();

        mvc.perform(get("/admin/inbound_emails").param("status", "held").with(signedIn.as(admin)))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("rate limit: more than 20 mails")));
        mvc.perform(get("/admin/inbound_emails/" + id).with(signedIn.as(admin)))
                .andExpect(content().string(containsString("/admin/inbound_emails/" + id + "/reprocess")));
        mvc.perform(post("/admin/inbound_emails/" + id + "/reprocess").with(signedIn.as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/inbound_emails/" + id));

        // Released: the worker takes it again and the rate cap lets it through this time.
        assertThat(jdbc.sql("select hold_released from inbound_emails where id = ?").param(id).query(Boolean.class).single()).isTrue();
        await().atMost(Duration.ofSeconds(20)).until(() -> !"received".equals(statusOf(id)));
        assertThat(statusOf(id)).isNotEqualTo("held");
    }

    private String mailboxOf(String subject) {
        return jdbc.sql("select mailbox from inbound_emails where position(? in encode(raw, 'escape')) > 0")
                .param(subject).query(String.class).optional().orElse(null);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from inbound_emails where id = ?").param(id).query(String.class).single();
    }

    private boolean seenIn(String mailbox, String subject) throws Exception {
        return find(mailbox, subject, (folder, message) -> message.isSet(jakarta.mail.Flags.Flag.SEEN) ? Boolean.TRUE : null) != null;
    }

    private Unseen unseen(String subject) throws Exception {
        return find(TestMail.INSTANCE_MAILBOX, subject, (folder, message) -> {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            return new Unseen(folder.getUIDValidity(), folder.getUID(message), raw.toByteArray());
        });
    }

    private <T> T find(String mailbox, String subject, MessageReader<T> reader) throws Exception {
        Store imap = Session.getInstance(new Properties()).getStore("imap");
        imap.connect(mailServer.host(), mailServer.imapPort(), mailbox, mailbox);
        try {
            IMAPFolder inbox = (IMAPFolder) imap.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            for (Message message : inbox.getMessages()) {
                if (subject.equals(TestMail.subjectOf(message))) {
                    return reader.read(inbox, message);
                }
            }
            return null;
        } finally {
            imap.close();
        }
    }

    private interface MessageReader<T> {
        T read(IMAPFolder folder, Message message) throws Exception;
    }

    private record Unseen(long uidValidity, long uid, byte[] raw) {
    }

}
