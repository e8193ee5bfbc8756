package dev.servicedesk.inbound;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.internal.InboundEmailStore;
import dev.servicedesk.inbound.internal.InboundEmailWorker;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.UploadService;
import dev.servicedesk.issues.UploadView;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.web.SignedIn;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project's own {@code .eml} fixtures (plain.eml, whose malformed Cc the embedded GreenMail
 * cannot turn into an IMAP envelope, has a well-formed twin here: plain-question.eml), each sent over SMTP to a project's Service Desk address
 * as a mail server would deliver it (a {@code Delivered-To} line on top), through IMAP and the
 * whole pipeline: the issue's title and description, and attachment links that download the bytes
 * the customer sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MailFixturePipelineTests {

    private static final byte[] ONE_PIXEL_PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired EmbeddedMailServer mailServer;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired UploadService uploads;
    @Autowired MockMvc mvc;
    @Autowired SignedIn signedIn;
    @Autowired InboundEmailStore store;
    @Autowired InboundEmailWorker worker;

    UserView owner;
    ProjectView project;
    String address;

    @BeforeEach
    void serviceDeskProject() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
    }

    @Test
    void plainTextMail() throws Exception {
        IssueView issue = deliver("plain-question.eml", "plain-question-0001@mail.customer.example");

        assertThat(issue.title()).isEqualTo("The login page shows a blank screen");
        assertThat(issue.description()).startsWith("Hello,").contains("I tried Firefox and Chrome – same result.");
        assertThat(issue.externalAuthorEmail()).isEqualTo("replies@customer.example");
        assertThat(uploads.referencedIn(project.id(), issue.description())).isEmpty();
    }

    @Test
    void htmlOnlyMailBecomesMarkdownWithoutScriptOrTrackers() throws Exception {
        IssueView issue = deliver("html-only.eml", "html-only-0001@newsletter.example");

        assertThat(issue.title()).isEqualTo("Your order 1234 cannot be delivered");
        assertThat(issue.description()).contains("Delivery problem", "Hauptstraße 5", "Köln", "https://shop.example/orders/1234")
                .doesNotContain("<script", "tracking", "javascript:", "track.newsletter.example", "Preheader");
    }

    @Test
    void attachmentsAreLinkedOnTheirOwnLinesAfterTheBody() throws Exception {
        IssueView issue = deliver("with-attachment.eml", "with-attachment-0001@mail.example");

        assertThat(issue.title()).isEqualTo("Screenshot of the error");
        List<String> paragraphs = List.of(issue.description().split("\n\n"));
        assertThat(paragraphs).hasSize(3);
        assertThat(paragraphs.get(0)).isEqualTo("The error appears when I press *Save*. Screenshot inline and the log attached.");
        assertThat(paragraphs.get(1)).startsWith("![image001.png](/-/project/" + project.id() + "/uploads/").endsWith("/image001.png)");
        assertThat(paragraphs.get(2)).startsWith("[error.log](/-/project/" + project.id() + "/uploads/").endsWith("/error.log)");
        List<UploadView> files = uploads.referencedIn(project.id(), issue.description());
        assertThat(files).extracting(UploadView::fileName, UploadView::contentType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("image001.png", "image/png"),
                        org.assertj.core.groups.Tuple.tuple("error.log", "text/plain"));
        assertThat(download(files.get(0))).isEqualTo(ONE_PIXEL_PNG);
        assertThat(download(files.get(1))).isEqualTo("ERROR NullPointerException\n".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void inlineImageOfAnHtmlMailIsStoredAndShown() throws Exception {
        IssueView issue = deliver("inline-image.eml", "inline-image-0001@phone.example");

        assertThat(issue.title()).isEqualTo("Photo of the broken display");
        assertThat(issue.description()).startsWith("The display looks like this:")
                .contains("\n\n![display photo (1).png](/-/project/" + project.id() + "/uploads/")
                .endsWith("/display%20photo%20%281%29.png)")
                .doesNotContain("cid:");
        List<UploadView> files = uploads.referencedIn(project.id(), issue.description());
        assertThat(files).singleElement().satisfies(file -> assertThat(file.image()).isTrue());
        assertThat(download(files.get(0))).isEqualTo(ONE_PIXEL_PNG);
    }

    @Test
    void signatureOfASignedMailIsNoAttachment() throws Exception {
        IssueView issue = deliver("signed.eml", "signed-0001@corp.example");

        assertThat(issue.title()).isEqualTo("Signed request");
        assertThat(issue.description()).startsWith("Please reset my password.").doesNotContain("smime.p7s");
        List<UploadView> files = uploads.referencedIn(project.id(), issue.description());
        assertThat(files).extracting(UploadView::fileName).containsExactly("accounts.csv");
        assertThat(new String(download(files.get(0)), StandardCharsets.UTF_8).replace("\r\n", "\n")).isEqualTo("user,role\ngrace,admin");
    }

    @Test
    void encodedWordSubjectDecodes() throws Exception {
        IssueView issue = deliver("rfc2047-subject.eml", "rfc2047-0001@webmail.example");

        assertThat(issue.title()).isEqualTo("Re: Problem mit der Anmeldung 😊€ 50 und café中文");
        assertThat(issue.description()).isEqualTo("Body.");
    }

    @Test
    void rfc2231AndEncodedWordFileNamesDecode() throws Exception {
        IssueView issue = deliver("rfc2231-filename.eml", "rfc2231-0001@mua.example");

        List<UploadView> files = uploads.referencedIn(project.id(), issue.description());
        assertThat(files).extracting(UploadView::fileName)
                .containsExactly("Überweisungsträger März 2024.pdf", "Notiz für Buchhaltung.txt", "report.csv");
        assertThat(issue.description()).startsWith("See the attached transfer form.\n\n[Überweisungsträger März 2024.pdf](");
        assertThat(new String(download(files.get(0)), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
    }

    @Test
    void windows1252WithoutCharsetDecodes() throws Exception {
        IssueView issue = deliver("windows-1252-no-charset.eml", "cp1252-0001@outlook-express.example");

        assertThat(issue.title()).isEqualTo("Invoice 2024-17");
        assertThat(issue.description()).isEqualTo("The invoice says “100 €” – but we agreed on 80 €. Grüße, Paul");
    }

    @Test
    void latin1BodyDecodesOverSmtpAndImap() throws Exception {
        IssueView issue = deliver("iso-8859-1.eml", "latin1-0001@old-client.example");

        assertThat(issue.description()).contains("der Zugang für “Großkunden” funktioniert nicht – bitte prüfen.");
    }

    /**
     * Raw 8-bit Latin-1 in the Subject (no encoded word) reaches the pipeline intact from the
     * mailroom webhook; on the way through the embedded GreenMail its bytes come back as U+FFFD,
     * so this one goes in the way the webhook stores mail.
     */
    @Test
    void rawLatin1SubjectDecodes() throws Exception {
        IssueView issue = deliverStored("iso-8859-1.eml", "latin1-0001@old-client.example");

        assertThat(issue.title()).isEqualTo("Grüße aus Köln");
        assertThat(issue.description()).contains("der Zugang für “Großkunden” funktioniert nicht – bitte prüfen.");
    }

    /** Sends the fixture's bytes unchanged (no re-encoding by JavaMail) and waits for its issue. */
    private IssueView deliver(String fixture, String messageId) throws Exception {
        byte[] raw = withDeliveredTo(fixture);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mailServer.host());
        properties.put("mail.smtp.port", Integer.toString(mailServer.smtpPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new Address[] {new InternetAddress(address)});
        }
        return awaitIssue(messageId);
    }

    private IssueView deliverStored(String fixture, String messageId) throws Exception {
        store.storeDelivered("incoming_email", withDeliveredTo(fixture));
        worker.wakeUp();
        return awaitIssue(messageId);
    }

    private byte[] withDeliveredTo(String fixture) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/mail/" + fixture)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("Delivered-To: " + address + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(in.readAllBytes());
            return out.toByteArray();
        }
    }

    private IssueView awaitIssue(String messageId) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), java.util.Optional::isPresent)
                .orElseThrow();
    }

    private byte[] download(UploadView upload) throws Exception {
        return mvc.perform(get(URI.create(upload.url())).with(signedIn.as(owner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
