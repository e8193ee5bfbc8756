package dev.servicedesk.inbound;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.servicedesk.Application;
import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.inbound.internal.MailboxListeners;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances against one database and one mail server (MAIL_SAFETY items 5, 7, 11): exactly one
 * reads the mailbox, 100 mails make 100 issues, a burst from one sender is held, the leader rides
 * out a mail server restart (health DOWN, then UP), and when the leader stops the other instance
 * takes over, polling because it is told the server has no IDLE.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailboxFailoverTests {

    private static final String MAILBOX = "incoming@servicedesk.localhost";
    private static final int RATE_LIMIT = 5;

    EmbeddedPostgres postgres;
    GreenMail mailServer;
    int smtpPort;
    int imapPort;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;
    ProjectView project;
    String address;

    @BeforeAll
    void startTwoInstances() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        smtpPort = freePort();
        imapPort = freePort();
        mailServer = new GreenMail(new ServerSetup[] {setup(smtpPort, ServerSetup.PROTOCOL_SMTP), setup(imapPort, ServerSetup.PROTOCOL_IMAP)});
        mailServer.start();
        mailServer.setUser(MAILBOX, MAILBOX, MAILBOX);

        first = instance("--servicedesk.inbound.imap.idle=true");
        await().atMost(Duration.ofSeconds(30)).until(() -> reads(first));
        // Told to poll, as with a server that lacks IDLE: it is the same path once it leads.
        second = instance("--servicedesk.inbound.imap.idle=false", "--servicedesk.inbound.imap.poll-interval=1s");

        Fixtures fixtures = first.getBean(Fixtures.class);
        UserView owner = fixtures.user("owner");
        project = fixtures.project(owner, Visibility.PRIVATE);
        first.getBean(ServiceDeskService.class).setEnabled(owner.asActor(), project.id(), true);
        address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
    }

    @AfterAll
    void stopEverything() throws IOException {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] {second, first}) {
            if (context != null && context.isActive()) {
                context.close();
            }
        }
        if (mailServer != null) {
            mailServer.stop();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void exactlyOneInstanceReadsTheMailboxAndHundredMailsMakeHundredIssues() throws Exception {
        assertThat(reads(first)).isTrue();
        assertThat(reads(second)).isFalse();
        assertThat(health(second).getDetails().toString()).contains("standby");

        List<MimeMessage> mails = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            mails.add(mail("customer-" + i + "@example.com", "Mail " + i));
        }
        send(mails);

        await().atMost(Duration.ofMinutes(4)).until(() -> issues() == 100);
        assertThat(jdbc().sql("select count(*) from inbound_emails where status = 'issue_created'")
                .query(Integer.class).single()).isEqualTo(100);
        assertThat(jdbc().sql("select count(distinct uid) from inbound_emails").query(Integer.class).single()).isEqualTo(100);
        assertThat(reads(second)).isFalse();
    }

    @Test
    @Order(2)
    void aBurstFromOneSenderIsHeldAndAnAdminCanReleaseIt() throws Exception {
        int before = issues();
        String sender = "autoresponder-" + UUID.randomUUID() + "@example.com";
        List<MimeMessage> burst = new ArrayList<>();
        for (int i = 0; i <= RATE_LIMIT; i++) {
            burst.add(mail(sender, "Burst " + i));
        }
        send(burst);

        await().atMost(Duration.ofMinutes(1)).until(() -> statuses(sender).size() == RATE_LIMIT + 1 && !statuses(sender).contains("received"));
        assertThat(statuses(sender)).filteredOn("issue_created"::equals).hasSize(RATE_LIMIT);
        assertThat(statuses(sender)).filteredOn("held"::equals).hasSize(1);
        assertThat(issues()).isEqualTo(before + RATE_LIMIT);
        long held = jdbc().sql("select id from inbound_emails where sender = ? and status = 'held'").param(sender).query(Long.class).single();

        HttpResponse<String> listed = get(first, "/api/v4/admin/inbound_emails?status=held", true);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + held).contains("rate limit");

        UserView admin = first.getBean(Fixtures.class).admin();
        first.getBean(InboundEmailAdminService.class).reprocess(Fixtures.actor(admin), held);
        await().atMost(Duration.ofSeconds(30)).until(() -> issues() == before + RATE_LIMIT + 1);
        assertThat(statuses(sender)).containsOnly("issue_created");
    }

    @Test
    @Order(3)
    void theLeaderRidesOutAMailServerRestartWithHealthDownThenUp() throws Exception {
        int before = issues();
        mailServer.stop();
        await().atMost(Duration.ofSeconds(60)).until(() -> Status.DOWN.equals(health(first).getStatus()));
        assertThat(health(first).getDetails().toString()).contains("incoming_email").contains("unreachable");
        HttpResponse<String> anonymous = get(first, "/actuator/health", false);
        assertThat(anonymous.statusCode()).isEqualTo(503);
        assertThat(anonymous.body().replace(" ", "")).contains("\"mailbox\":{\"status\":\"DOWN\"");

        mailServer.start(); // same ports; like a real restart without a persistent store, the mailbox is empty
        mailServer.setUser(MAILBOX, MAILBOX, MAILBOX);
        await().atMost(Duration.ofSeconds(60)).until(() -> Status.UP.equals(health(first).getStatus()));

        send(List.of(mail("after-restart@example.com", "After the restart")));
        await().atMost(Duration.ofSeconds(60)).until(() -> issues() == before + 1);
        assertThat(reads(first)).isTrue();
        assertThat(reads(second)).isFalse();
    }

    @Test
    @Order(4)
    void whenTheLeaderStopsTheOtherInstanceTakesOverAndPolls() throws Exception {
        int before = issues();
        first.close();

        await().atMost(Duration.ofSeconds(60)).until(() -> reads(second));
        send(List.of(mail("after-failover@example.com", "After the failover")));
        await().atMost(Duration.ofSeconds(60)).until(() -> issues() == before + 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> Status.UP.equals(health(second).getStatus()));
        assertThat(health(second).getDetails().toString()).contains("polling");
    }

    private ConfigurableApplicationContext instance(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--servicedesk.incoming_email.host=127.0.0.1",
                "--servicedesk.incoming_email.port=" + imapPort,
                "--servicedesk.incoming_email.ssl=false",
                "--servicedesk.incoming_email.user=" + MAILBOX,
                "--servicedesk.incoming_email.password=" + MAILBOX,
                // GreenMail misses mail that arrives between the last search and IDLE; a short IDLE bounds that.
                "--servicedesk.incoming_email.idle_timeout=5s",
                "--servicedesk.inbound.rate-limit.max-mails=" + RATE_LIMIT,
                "--servicedesk.inbound.imap.reconnect-delay=200ms",
                "--servicedesk.inbound.imap.max-reconnect-delay=2s",
                "--servicedesk.inbound.leader-election.enabled=true",
                "--servicedesk.inbound.leader-election.heartbeat=200ms"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static boolean reads(ConfigurableApplicationContext context) {
        return context.getBean(MailboxListeners.class).reading();
    }

    private static Health health(ConfigurableApplicationContext context) {
        return context.getBean("mailboxHealthIndicator", HealthIndicator.class).health();
    }

    private JdbcClient jdbc() {
        return (second.isActive() ? second : first).getBean(JdbcClient.class);
    }

    private int issues() {
        return jdbc().sql("select count(*) from issues where project_id = ?").param(project.id()).query(Integer.class).single();
    }

    private List<String> statuses(String sender) {
        return jdbc().sql("select status from inbound_emails where position(? in encode(raw, 'escape')) > 0")
                .param(sender).query(String.class).list();
    }

    private MimeMessage mail(String from, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(session());
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        message.setSubject(subject);
        message.setText("Hello from " + from);
        return message;
    }

    /** Over one SMTP connection; the envelope names the mailbox, as a server with recipient_delimiter = + would deliver it. */
    private void send(List<MimeMessage> mails) throws MessagingException {
        try (Transport transport = session().getTransport("smtp")) {
            transport.connect();
            for (MimeMessage mail : mails) {
                mail.saveChanges();
                transport.sendMessage(mail, new Address[] {new InternetAddress(MAILBOX)});
            }
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        return Session.getInstance(properties);
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext context, String path, boolean asRoot) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (asRoot) {
            request.header("PRIVATE-TOKEN", "test-root-token-0123456789");
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(10_000);
        return setup;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
