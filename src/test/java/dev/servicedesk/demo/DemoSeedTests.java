package dev.servicedesk.demo;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.servicedesk.accounts.UserService;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.demo.internal.DemoSeeder;
import dev.servicedesk.issues.LabelService;
import dev.servicedesk.issues.LabelView;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.MembershipService;
import dev.servicedesk.projects.ProjectService;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The first start of a new embedded database with the demo on: the demo project, its maintainer,
 * its labels, and a start-up log whose printed command really makes an issue.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class DemoSeedTests {

    @DynamicPropertySource
    static void freshDatabaseWithTheDemo(DynamicPropertyRegistry registry) {
        // A database of its own in the shared test server: new on every run, as on a first start.
        registry.add("servicedesk.embedded.postgres.database", () -> "demo_" + Long.toString(System.nanoTime(), 36));
        registry.add("servicedesk.demo.enabled", () -> "true");
    }

    @Autowired ProjectService projects;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired UserService users;
    @Autowired MembershipService members;
    @Autowired LabelService labels;
    @Autowired DemoGuide guide;
    @Autowired DemoSeeder seeder;
    @Autowired EmbeddedMailServer mailServer;
    @Autowired JdbcClient jdbc;

    @Test
    void theFirstStartSeedsTheDemoProjectWithItsServiceDeskOnAMaintainerAndThreeLabels() throws Exception {
        ProjectView project = projects.findByFullPath("demo/website").orElseThrow();
        assertThat(serviceDesk.isEnabled(project.id())).isTrue();

        UserView maintainer = users.findByUsername("maintainer").orElseThrow();
        assertThat(maintainer.admin()).isFalse();
        assertThat(members.directProjectRole(project.id(), maintainer.id())).contains(AccessLevel.MAINTAINER);

        UserView root = users.findByUsername("root").orElseThrow();
        assertThat(labels.list(root.asActor(), project.id())).extracting(LabelView::title)
                .containsExactlyInAnyOrder("bug", "question", "feature request");
        assertThat(serviceDesk.settings(project.id()).issueTemplateKey()).isEqualTo("Support triage");

        String passwordFile = Files.readString(seeder.maintainerPasswordFile());
        assertThat(passwordFile).containsPattern("Password: \\S{12,}");
    }

    @Test
    void aSecondRunSeedsNothingTwice() throws Exception {
        seeder.run(null);
        assertThat(jdbc.sql("select count(*) from projects where path = 'website'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from users where username = 'maintainer'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theStartUpLogEndsWithTheDemoAddressAndACommandThatMakesAnIssue(CapturedOutput output) throws Exception {
        DemoInstructions demo = guide.instructions().orElseThrow();
        ProjectView project = projects.findByFullPath("demo/website").orElseThrow();
        assertThat(demo.serviceDeskAddress())
                .isEqualTo("incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost");
        assertThat(demo.smtpPort()).isEqualTo(mailServer.smtpPort());
        assertThat(output.getAll())
                .contains("Service Desk is running at")
                .contains(demo.serviceDeskAddress())
                .contains(demo.sendMailCommand())
                .contains("/admin/mail_preview");

        Process python = new ProcessBuilder("sh", "-c", demo.sendMailCommand()).inheritIO().start();
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).isZero();

        UserView root = users.findByUsername("root").orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> titles(root, project).contains("Printer on fire"));
        assertThat(jdbc.sql("select description from issues where project_id = ? and title = 'Printer on fire'").param(project.id())
                .query(String.class).single()).contains("### For the team");
    }

    private List<String> titles(UserView root, ProjectView project) {
        return jdbc.sql("select title from issues where project_id = ?").param(project.id()).query(String.class).list();
    }
}
