package dev.servicedesk.inbound;

import java.time.Duration;
import java.util.UUID;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import jakarta.mail.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * End to end over real SMTP and IMAP: a mail sent to a project's Service Desk address becomes a
 * confidential issue by the Support Bot, and the message is flagged seen only after that.
 */
@SpringBootTest
class MailIntakeTests {

    @Autowired EmbeddedMailServer mailServer;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    ProjectView project;
    String address;

    @BeforeEach
    void serviceDeskProject() {
        UserView owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
    }

    @Test
    void aMailToTheServiceDeskAddressBecomesAConfidentialIssueByTheSupportBot() throws Exception {
        String messageId = send(address, "Printer on fire", "Hello,\n\nthe printer is on fire.\n/close", null);

        IssueView issue = await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
        assertThat(issue.title()).isEqualTo("Printer on fire");
        assertThat(issue.description()).contains("the printer is on fire.").doesNotContain("/close");
        assertThat(issue.confidential()).isTrue();
        assertThat(issue.authorId()).isEqualTo(users.supportBot().id());
        assertThat(issue.externalAuthorEmail()).isEqualTo("customer@example.com");
        assertThat(issue.open()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> seen("Printer on fire"));
        assertThat(meters.counter("servicedesk.inbound.mails", "outcome", "issue_created").count()).isPositive();
        assertThat(meters.timer("servicedesk.inbound.latency").count()).isPositive();
    }

    @Test
    void theSameMailTwiceMakesOneIssue() throws Exception {
        String messageId = send(address, "Twice", "Same mail", null);
        await().atMost(Duration.ofSeconds(15)).until(() -> issues.findByServiceDeskMessageId(project.id(), messageId).isPresent());
        send(address, "Twice", "Same mail", messageId);
        await().atMost(Duration.ofSeconds(15)).until(() -> statuses(messageId).size() == 2 && !statuses(messageId).contains("received"));
        assertThat(statuses(messageId)).containsExactlyInAnyOrder("issue_created", "ignored");
    }

    @Test
    void aMailWithAnUnparsableAddressHeaderDoesNotBlockTheMailsBehindIt() throws Exception {
        String broken = java.util.UUID.randomUUID() + "@customer.example.com";
        new TestMail(mailServer).sendRaw(address, "From: Carla <carla@customer.example>\r\nTo: " + address
                + "\r\nCc: carol@customer.example, not-an-address, Dave <DAVE@customer.example>\r\nSubject: Broken Cc"
                + "\r\nMessage-ID: <" + broken + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nThe Cc line is broken.\r\n");
        String good = send(address, "Behind the broken one", "Still arrives", null);

        await().atMost(Duration.ofSeconds(20)).until(() -> issues.findByServiceDeskMessageId(project.id(), good).isPresent());
        assertThat(issues.findByServiceDeskMessageId(project.id(), broken)).isPresent();
    }

    @Test
    void autoRepliesBouncesAndUnknownAddressesMakeNoIssue() throws Exception {
        String outOfOffice = sendRaw(address, "Out of office", "Auto-Submitted: auto-replied\r\n", "I am away.");
        String bounce = sendBounce(address);
        String unknown = send("incoming+nothing-999999-issue-@servicedesk.localhost", "Lost", "Hello?", null);

        assertThat(outcome(outOfOffice)).isEqualTo("ignored: automated: Auto-Submitted: auto-replied");
        assertThat(outcome(bounce)).isEqualTo("ignored: bounce: delivery failed for gone@example.com");
        assertThat(outcome(unknown)).isEqualTo("rejected: no project with Service Desk on for nothing-999999-issue-");
        assertThat(issues.findByServiceDeskMessageId(project.id(), outOfOffice)).isEmpty();
    }

    /** All rows of a mail by its Message-ID, also those the pipeline has not reached yet (sha256 of the raw bytes is not known here). */
    private java.util.List<String> statuses(String messageId) {
        return jdbc.sql("select status from inbound_emails where message_id = ? or position(? in encode(raw, 'escape')) > 0")
                .param(messageId).param(messageId).query(String.class).list();
    }

    /** "status: reason" of the one row of a mail, once the pipeline has decided. */
    private String outcome(String messageId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                        "select status || coalesce(': ' || reason, '') from inbound_emails where message_id = ? and status <> 'received'")
                .param(messageId).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
    }

    private String send(String to, String subject, String body, String messageId) throws Exception {
        return new TestMail(mailServer).send(to, subject, body, messageId);
    }

    private String sendRaw(String to, String subject, String extraHeaders, String body) throws Exception {
        String id = UUID.randomUUID() + "@autoresponder.example.com";
        new TestMail(mailServer).sendRaw(to, "From: Away <away@example.com>\r\nTo: " + to + "\r\nSubject: " + subject
                + "\r\nMessage-ID: <" + id + ">\r\n" + extraHeaders + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body + "\r\n");
        return id;
    }

    private String sendBounce(String to) throws Exception {
        String id = UUID.randomUUID() + "@mx.example.com";
        new TestMail(mailServer).sendRaw(to, "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\nTo: " + to
                + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <" + id + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n"
                + "Final-Recipient: rfc822; gone@example.com\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b1--\r\n");
        return id;
    }

    private boolean seen(String subject) throws Exception {
        return new TestMail(mailServer).seen(subject);
    }
}
