package dev.servicedesk.inbound;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** delivery_method: webhook — the mail server posts the raw mail with the shared secret. */
@SpringBootTest(properties = {
        "servicedesk.incoming_email.delivery_method=webhook",
        "servicedesk.incoming_email.secret_file=target/test-mailroom-secret"})
@AutoConfigureMockMvc
class MailroomWebhookTests {

    static final String SECRET = "a-shared-secret-of-the-test-" + UUID.randomUUID();

    static {
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/test-mailroom-secret"), SECRET + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;

    @Test
    void aPostedMailWithTheSecretBecomesAnIssueAndAnythingElseIsRefused() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        String messageId = UUID.randomUUID() + "@customer.example.com";
        byte[] raw = ("From: Carla <carla@example.com>\r\nTo: incoming+" + ServiceDeskService.projectKey(project)
                + "@servicedesk.localhost\r\nSubject: Posted by Postfix\r\nMessage-ID: <" + messageId + ">\r\n\r\nHello\r\n")
                .getBytes(StandardCharsets.UTF_8);
        String url = "/api/v4/internal/mail_room/incoming_email";

        mvc.perform(post(url).content(raw).contentType("message/rfc822")).andExpect(status().isUnauthorized());
        mvc.perform(post(url).content(raw).header("Gitlab-Mailroom-Api-Request", "wrong")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v4/internal/mail_room/other").content(raw).header("Gitlab-Mailroom-Api-Request", SECRET))
                .andExpect(status().isNotFound());
        mvc.perform(post(url).content(new byte[0]).header("Gitlab-Mailroom-Api-Request", SECRET)).andExpect(status().isBadRequest());
        mvc.perform(post(url).content(raw).contentType("message/rfc822").header("Gitlab-Mailroom-Api-Request", SECRET))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("stored"));

        IssueView issue = await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
        assertThat(issue.title()).isEqualTo("Posted by Postfix");
        assertThat(issue.externalAuthorEmail()).isEqualTo("carla@example.com");
    }
}
