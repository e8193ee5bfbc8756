package dev.servicedesk.inbound;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.internal.InboundEmailStore;
import dev.servicedesk.issues.DescriptionTemplateService;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.issues.IssueView;
import dev.servicedesk.issues.NoteService;
import dev.servicedesk.issues.NoteView;
import dev.servicedesk.issues.TemplateOwner;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import dev.servicedesk.servicedesk.ServiceDeskSettingsChange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Mail to the custom-suffix alias {@code contact+<slug>-<suffix>@...}, as the {@code service_desk_email}
 * mailbox stores it, goes through the real pipeline and becomes an issue with the project's
 * template and confidentiality setting.
 */
@SpringBootTest
class CustomSuffixRoutingTests {

    @Autowired InboundEmailStore store;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired DescriptionTemplateService templates;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired UserService users;
    @Autowired JdbcClient jdbc;

    UserView owner;
    ProjectView project;
    String alias;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        alias = "contact+" + project.slug() + "-support@servicedesk.localhost";
    }

    @Test
    void aMailToTheAliasBecomesAnIssueWithTheTemplateAppended() {
        String template = Fixtures.unique("Customer request");
        templates.save(owner.asActor(), TemplateOwner.project(project.id()), null, template, "## Triage\n\n- [ ] answered");
        serviceDesk.update(owner.asActor(), project.id(), new ServiceDeskSettingsChange(true, "support", template, null, false, false, false));

        String messageId = deliver(ServiceDeskService.SERVICE_DESK_MAILBOX, alias, "Broken login");

        IssueView issue = await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
        assertThat(issue.title()).isEqualTo("Broken login");
        assertThat(issue.description()).isEqualTo("I cannot log in.\n\n## Triage\n\n- [ ] answered");
        assertThat(issue.confidential()).isFalse();
        assertThat(issue.authorId()).isEqualTo(users.supportBot().id());
        assertThat(issue.externalAuthorEmail()).isEqualTo("customer@example.com");
    }

    @Test
    void theProjectKeyAddressKeepsWorkingAfterASuffixIsSet() {
        serviceDesk.update(owner.asActor(), project.id(), new ServiceDeskSettingsChange(true, "support", null, null, true, false, false));
        String messageId = deliver("incoming_email", "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost",
                "Old address");
        IssueView issue = await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
        assertThat(issue.confidential()).isTrue();
    }

    @Test
    void theAliasIsOnlyAnAddressOfTheServiceDeskMailbox() {
        serviceDesk.update(owner.asActor(), project.id(), new ServiceDeskSettingsChange(true, "support", null, null, true, false, false));
        String messageId = deliver("incoming_email", alias, "Wrong mailbox");
        assertThat(outcome(messageId)).startsWith("rejected: no project with Service Desk on for " + project.slug() + "-support");
    }

    @Test
    void aSwitchedOffServiceDeskTakesNoMailAtTheAlias() {
        serviceDesk.update(owner.asActor(), project.id(), new ServiceDeskSettingsChange(false, "support", null, null, true, false, false));
        String messageId = deliver(ServiceDeskService.SERVICE_DESK_MAILBOX, alias, "Off");
        assertThat(outcome(messageId)).startsWith("rejected:");
    }

    @Test
    void aMissingTemplateStillOpensTheIssueAndTheBotSaysSo() {
        String template = Fixtures.unique("Soon gone");
        templates.save(owner.asActor(), TemplateOwner.project(project.id()), null, template, "gone");
        serviceDesk.update(owner.asActor(), project.id(), new ServiceDeskSettingsChange(true, "support", template, null, true, false, false));
        long id = templates.list(owner.asActor(), TemplateOwner.project(project.id())).get(0).id();
        templates.delete(owner.asActor(), TemplateOwner.project(project.id()), id);

        String messageId = deliver(ServiceDeskService.SERVICE_DESK_MAILBOX, alias, "Template gone");

        IssueView issue = await().atMost(Duration.ofSeconds(15))
                .until(() -> issues.findByServiceDeskMessageId(project.id(), messageId), found -> found.isPresent()).orElseThrow();
        assertThat(issue.description()).isEqualTo("I cannot log in.");
        assertThat(notes.list(owner.asActor(), project.id(), issue.iid()))
                .anySatisfy(note -> {
                    assertThat(note.body()).contains(template).contains("could not be found");
                    assertThat(note.internal()).isTrue();
                    assertThat(note.authorId()).isEqualTo(users.supportBot().id());
                });
    }

    @Test
    void keysOfBothAddressPatternsAreRecognised() {
        assertThat(serviceDesk.keyOf("<" + alias + ">")).contains(project.slug() + "-support");
        assertThat(serviceDesk.keyOf("incoming+abc@servicedesk.localhost")).contains("abc");
        assertThat(serviceDesk.keyOf("someone@servicedesk.localhost")).isEmpty();
    }

    private String deliver(String mailbox, String to, String subject) {
        String messageId = UUID.randomUUID() + "@customer.example.com";
        String raw = "From: Customer <customer@example.com>\r\nTo: " + to + "\r\nSubject: " + subject + "\r\nMessage-ID: <" + messageId
                + ">\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nI cannot log in.\r\n";
        store.storeDelivered(mailbox, raw.getBytes(StandardCharsets.UTF_8));
        return messageId;
    }

    private String outcome(String messageId) {
        return await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                        "select status || coalesce(': ' || reason, '') from inbound_emails where message_id = ? and status <> 'received'")
                .param(messageId).query(String.class).optional(), java.util.Optional::isPresent).orElseThrow();
    }
}
