package dev.servicedesk.inbound;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.ExternalParticipantService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.outbound.internal.OutboxSender;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A whole support conversation over real SMTP and IMAP (issue 6): the customer mails the desk,
 * gets the thank-you with every header, gets a member's answer threaded under it, replies with
 * the quote below, and the reply becomes a note with only the answer; internal notes stay
 * inside; strangers cannot attach to the issue; unsubscribe works; an SMTP outage loses nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailConversationTests {

    private static final Pattern REPLY_TO = Pattern.compile("incoming\\+([0-9a-f]{32})@servicedesk\\.localhost");

    @Autowired EmbeddedMailServer mailServer;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired ExternalParticipantService participants;
    @Autowired OutboxSender outboxSender;
    @Autowired JavaMailSenderImpl smtp;
    @Autowired JdbcClient jdbc;
    @Autowired dev.servicedesk.issues.UploadService uploads;
    @LocalServerPort int port;

    UserView owner;
    ProjectView project;
    String address;
    String customer;
    TestMail mail;

    @BeforeEach
    void serviceDeskProject() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
        customer = Fixtures.unique("carla") + "@customer.example.com";
        mail = new TestMail(mailServer);
    }

    @Test
    void aWholeConversationByMail() throws Exception {
        String original = sendFrom(customer, address, "Printer on fire", "The printer is on fire.", null, "");
        IssueView issue = issueFor(original);

        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        assertThat(thankYou.getSubject()).isEqualTo("Re: Printer on fire (#" + issue.iid() + ")");
        assertThat(thankYou.getFrom()[0].toString()).contains("Support Bot");
        assertThat(header(thankYou, "Auto-Submitted")).isEqualTo("auto-replied");
        assertThat(header(thankYou, "X-Auto-Response-Suppress")).isEqualTo("All");
        assertThat(header(thankYou, "X-ServiceDesk-Loop")).isNotBlank();
        assertThat(header(thankYou, "List-Id")).contains(project.slug());
        assertThat(header(thankYou, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String replyTo = thankYou.getReplyTo()[0].toString();
        Matcher key = REPLY_TO.matcher(replyTo);
        assertThat(key.matches()).as(replyTo).isTrue();
        assertThat(header(thankYou, "List-Unsubscribe"))
                .contains("/-/sent_notifications/" + key.group(1) + "/unsubscribe")
                .contains("mailto:incoming+" + key.group(1) + "-unsubscribe@servicedesk.localhost");
        assertThat(header(thankYou, "In-Reply-To")).isEqualTo("<" + original + ">");
        assertThat(header(thankYou, "References")).contains("<" + original + ">").contains("<reply-" + key.group(1) + "@");
        assertThat(body(thankYou)).contains("#" + issue.iid()).doesNotContain("/-/issues/");

        notes.add(owner.asActor(), project.id(), issue.iid(), "Please pull the plug.", false);
        notes.add(owner.asActor(), project.id(), issue.iid(), "Internal: customer seems stressed", true);
        MimeMessage answer = awaitMails(customer, 2).get(1);
        assertThat(body(answer)).contains("Please pull the plug.").doesNotContain("Internal");
        assertThat(header(answer, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(header(answer, "In-Reply-To")).isEqualTo(thankYou.getMessageID());
        assertThat(header(answer, "References")).contains("<" + original + ">").contains(thankYou.getMessageID());
        assertThat(answer.getSubject()).isEqualTo(thankYou.getSubject());

        String reply = sendFrom(customer, answer.getReplyTo()[0].toString(), "Re: " + answer.getSubject(),
                "Done, it stopped burning.\n\nOn Mon, 1 Dec 2026 at 10:00, Support Bot <support@servicedesk.localhost> wrote:\n"
                        + "> Please pull the plug.\n", null, "In-Reply-To: " + answer.getMessageID() + "\r\n");
        NoteView note = await().atMost(Duration.ofSeconds(15)).until(() -> lastNote(issue), found -> found != null
                && found.body().contains("stopped burning"));
        assertThat(note.externalAuthorEmail()).isEqualTo(customer);
        assertThat(note.body()).startsWith("Done, it stopped burning.").contains("<details>");
        assertThat(status(reply)).isEqualTo("note_added");
        Thread.sleep(500);
        assertThat(awaitMails(customer, 2)).as("no copy of their own reply to the customer").hasSize(2);
        assertThat(mailsTo(customer)).hasSize(2);
    }

    @Test
    void aStrangerWithAForgedInReplyToGetsNoNote() throws Exception {
        String original = sendFrom(customer, address, "My invoice", "Where is my invoice?", null, "");
        IssueView issue = issueFor(original);
        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        String stranger = Fixtures.unique("mallory") + "@evil.example.com";

        String forged = sendFrom(stranger, thankYou.getReplyTo()[0].toString(), "Re: My invoice", "Send it to me instead.",
                null, "In-Reply-To: " + thankYou.getMessageID() + "\r\nReferences: <" + original + ">\r\n");

        await().atMost(Duration.ofSeconds(15)).until(() -> "rejected".equals(status(forged)));
        assertThat(notes.list(owner.asActor(), project.id(), issue.iid())).noneMatch(n -> n.body().contains("instead"));
        List<MimeMessage> told = awaitMails(stranger, 1);
        assertThat(told.get(0).getSubject()).startsWith("Not delivered");
        assertThat(body(told.get(0))).doesNotContain("invoice").doesNotContain("Send it to me");
        assertThat(header(told.get(0), "Auto-Submitted")).isEqualTo("auto-replied");
    }

    @Test
    void ccColleaguesJoinWhenTheProjectSaysSo() throws Exception {
        jdbc.sql("update service_desk_settings set add_external_participants_from_cc = true where project_id = ?")
                .param(project.id()).update();
        String colleague = Fixtures.unique("colin") + "@customer.example.com";
        String original = sendFrom(customer, address, "Cc test", "My colleague is in Cc.", null,
                "Cc: " + colleague + ", " + address + "\r\n");
        IssueView issue = issueFor(original);

        assertThat(participants.emails(issue.id())).containsExactly(customer, colleague);
        assertThat(awaitMails(colleague, 1).get(0).getSubject()).contains("Cc test");
        notes.add(owner.asActor(), project.id(), issue.iid(), "Hello both", false);
        MimeMessage hello = awaitMails(colleague, 2).get(1);
        awaitMails(customer, 2);

        sendFrom(colleague, hello.getReplyTo()[0].toString(), "Re: " + hello.getSubject(), "Colin here, same problem.", null, "");
        MimeMessage relayed = awaitMails(customer, 3).get(2);
        assertThat(relayed.getFrom()[0].toString()).contains(colleague + " via Support Bot");
        assertThat(body(relayed)).contains("Colin here");
        Thread.sleep(500);
        assertThat(mailsTo(colleague)).as("no copy of their own note").hasSize(2);
    }

    @Test
    void oneClickUnsubscribeStopsTheMails() throws Exception {
        String original = sendFrom(customer, address, "Unsubscribe me", "Hi", null, "");
        IssueView issue = issueFor(original);
        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        Matcher key = REPLY_TO.matcher(thankYou.getReplyTo()[0].toString());
        assertThat(key.matches()).isTrue();

        java.net.http.HttpResponse<String> response = unsubscribeUrl(key.group(1), true);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(participants.emails(issue.id())).isEmpty();
        notes.add(owner.asActor(), project.id(), issue.iid(), "Anyone there?", false);
        outboxSender.drain();
        Thread.sleep(500);
        assertThat(mailsTo(customer)).hasSize(1);
    }

    @Test
    void theUnsubscribeLinkOnlyAsksOnGetAndAMailToTheUnsubscribeAddressWorksToo() throws Exception {
        String original = sendFrom(customer, address, "Link scanners", "Hi", null, "");
        IssueView issue = issueFor(original);
        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        Matcher key = REPLY_TO.matcher(thankYou.getReplyTo()[0].toString());
        assertThat(key.matches()).isTrue();

        java.net.http.HttpResponse<String> page = unsubscribeUrl(key.group(1), false);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form method=\"post\"").contains(customer);
        assertThat(participants.emails(issue.id())).containsExactly(customer);

        String unsubscribe = sendFrom(customer, "incoming+" + key.group(1) + "-unsubscribe@servicedesk.localhost", "unsubscribe", "",
                null, "");
        await().atMost(Duration.ofSeconds(15)).until(() -> "ignored".equals(status(unsubscribe)));
        assertThat(participants.emails(issue.id())).isEmpty();
        assertThat(unsubscribeUrl("0123456789abcdef0123456789abcdef", false).statusCode()).isEqualTo(404);
    }

    @Test
    void aCustomersReplyReopensAClosedIssueWhenTheProjectSaysSo() throws Exception {
        jdbc.sql("update service_desk_settings set reopen_issue_on_external_participant_note = true where project_id = ?")
                .param(project.id()).update();
        String original = sendFrom(customer, address, "Closed too early", "Hi", null, "");
        IssueView issue = issueFor(original);
        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        issues.close(owner.asActor(), project.id(), issue.iid());

        sendFrom(customer, thankYou.getReplyTo()[0].toString(), "Re: Closed too early", "It is broken again.", null, "");

        await().atMost(Duration.ofSeconds(15)).until(() -> issues.get(owner.asActor(), project.id(), issue.iid()).open());
        assertThat(notes.list(owner.asActor(), project.id(), issue.iid()))
                .anyMatch(n -> n.internal() && n.body().contains("replied by mail to the closed issue"))
                .anyMatch(n -> n.body().startsWith("It is broken again."));
    }

    @Test
    void anSmtpOutageDelaysMailButLosesAndDoublesNothing() throws Exception {
        String original = sendFrom(customer, address, "During the outage", "Hi", null, "");
        IssueView issue = issueFor(original);
        awaitMails(customer, 1);
        int realPort = smtp.getPort();
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            smtp.setPort(closed.getLocalPort());
        }
        try {
            notes.add(owner.asActor(), project.id(), issue.iid(), "Written while the mail server is down", false);
            await().atMost(Duration.ofSeconds(15)).until(() -> attempts(issue.id(), "new_note") >= 1);
            assertThat(jdbc.sql("select status from outbound_emails where issue_id = ? and kind = 'new_note'").param(issue.id())
                    .query(String.class).single()).isEqualTo("pending");
        } finally {
            smtp.setPort(realPort);
        }
        jdbc.sql("update outbound_emails set next_attempt_at = now() where issue_id = ?").param(issue.id()).update();
        outboxSender.drain();
        outboxSender.drain();
        List<MimeMessage> received = awaitMails(customer, 2);
        Thread.sleep(500);
        assertThat(mailsTo(customer)).hasSize(2);
        assertThat(body(received.get(1))).contains("Written while the mail server is down");
    }

    @Test
    void repliesFollowAMovedIssueAndItsParticipants() throws Exception {
        String original = sendFrom(customer, address, "Wrong project", "Hi", null, "");
        IssueView issue = issueFor(original);
        MimeMessage thankYou = awaitMails(customer, 1).get(0);
        ProjectView other = fixtures.project(owner, Visibility.PRIVATE);
        IssueView moved = issues.move(owner.asActor(), project.id(), issue.iid(), other.id());

        assertThat(participants.emails(moved.id())).containsExactly(customer);
        String reply = sendFrom(customer, thankYou.getReplyTo()[0].toString(), "Re: Wrong project", "Any news?", null,
                "In-Reply-To: " + thankYou.getMessageID() + "\r\n");
        await().atMost(Duration.ofSeconds(15)).until(() -> "note_added".equals(status(reply)));
        assertThat(notes.list(owner.asActor(), other.id(), moved.iid())).anyMatch(n -> n.body().startsWith("Any news?"));
    }

    @Test
    void aHardBounceStopsMailToThatAddress() throws Exception {
        String gone = Fixtures.unique("gone") + "@customer.example.com";
        String original = sendFrom(gone, address, "Soon gone", "Hi", null, "");
        IssueView issue = issueFor(original);
        awaitMails(gone, 1);
        String bounce = UUID.randomUUID() + "@mx.example.com";
        mail.sendRaw(address, "From: Mail Delivery System <MAILER-DAEMON@mx.example.com>\r\nTo: " + address
                + "\r\nSubject: Undelivered Mail Returned to Sender\r\nMessage-ID: <" + bounce + ">\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.com\r\n\r\n"
                + "Final-Recipient: rfc822; " + gone + "\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b1--\r\n");
        await().atMost(Duration.ofSeconds(15)).until(() -> "ignored".equals(status(bounce)));

        notes.add(owner.asActor(), project.id(), issue.iid(), "Are you still there?", false);
        assertThat(jdbc.sql("select status from outbound_emails where issue_id = ? and kind = 'new_note'").param(issue.id())
                .query(String.class).single()).isEqualTo("suppressed");
        assertThat(mailsTo(gone)).hasSize(1);
    }

    @Test
    void aNotesFilesTravelWithTheMail() throws Exception {
        String original = sendFrom(customer, address, "Need the manual", "Please send the manual.", null, "");
        IssueView issue = issueFor(original);
        awaitMails(customer, 1);
        byte[] manual = "%PDF-1.4 the manual".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        dev.servicedesk.issues.UploadView upload = uploads.upload(owner.asActor(), project.id(), "manual.pdf", "application/pdf",
                manual.length, new java.io.ByteArrayInputStream(manual));

        notes.add(owner.asActor(), project.id(), issue.iid(), "Here it is:\n\n" + upload.markdown(), false);

        MimeMessage mail = awaitMails(customer, 2).get(1);
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        List<String> fileNames = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                fileNames.add(parts.getBodyPart(i).getFileName());
                assertThat(parts.getBodyPart(i).getInputStream().readAllBytes()).isEqualTo(manual);
            }
        }
        assertThat(fileNames).containsExactly("manual.pdf");
        assertThat(body(mail)).containsPattern("https?://[^/\\s]+/-/project/" + project.id() + "/uploads/");
    }

    // --- helpers: a customer's mail client over SMTP and IMAP, and their browser

    /** What a one-click mail client (POST, no CSRF token) or a link scanner (GET) does with the unsubscribe URL. */
    private java.net.http.HttpResponse<String> unsubscribeUrl(String replyKey, boolean oneClickPost) throws Exception {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + port + "/-/sent_notifications/" + replyKey + "/unsubscribe"));
        if (oneClickPost) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"));
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private String sendFrom(String from, String to, String subject, String body, String messageId, String extraHeaders) throws Exception {
        String id = messageId != null ? messageId : UUID.randomUUID() + "@customer.example.com";
        mail.sendRaw(to, "From: " + from + "\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + id + ">\r\n"
                + extraHeaders + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n");
        return id;
    }

    private IssueView issueFor(String messageId) {
        return await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
    }

    private NoteView lastNote(IssueView issue) {
        List<NoteView> all = notes.list(owner.asActor(), project.id(), issue.iid());
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    private String status(String messageId) {
        return jdbc.sql("select status from inbound_emails where message_id = ? order by id desc limit 1").param(messageId)
                .query(String.class).optional().orElse(null);
    }

    private int attempts(long issueId, String kind) {
        return jdbc.sql("select coalesce(max(attempts), 0) from outbound_emails where issue_id = ? and kind = ?")
                .params(issueId, kind).query(Integer.class).single();
    }

    private List<MimeMessage> awaitMails(String recipient, int count) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(recipient), list -> list.size() >= count);
    }

    /** The recipient's mailbox read over IMAP (login = password = address on the embedded server). */
    private List<MimeMessage> mailsTo(String recipient) throws Exception {
        mailServer.createMailbox(recipient);
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(mailServer.host(), mailServer.imapPort(), recipient, recipient);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            List<MimeMessage> copies = new ArrayList<>();
            for (Message message : inbox.getMessages()) {
                copies.add(new MimeMessage((MimeMessage) message));
            }
            return copies;
        } finally {
            store.close();
        }
    }

    private static String header(MimeMessage message, String name) throws Exception {
        String[] values = message.getHeader(name);
        return values == null ? null : Arrays.stream(values).findFirst().map(v -> v.replaceAll("\\s+", " ").strip()).orElse(null);
    }

    private static String body(MimeMessage message) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        message.writeTo(out);
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(out.toByteArray()))
                .getContent() instanceof jakarta.mail.Multipart multipart ? text(multipart) : String.valueOf(message.getContent());
    }

    private static String text(jakarta.mail.Multipart multipart) throws Exception {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
            Object content = multipart.getBodyPart(i).getContent();
            text.append(content instanceof jakarta.mail.Multipart inner ? text(inner) : String.valueOf(content)).append('\n');
        }
        return text.toString();
    }
}
