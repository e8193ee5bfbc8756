package dev.servicedesk.inbound;

import java.time.Duration;
import java.util.UUID;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.issues.IssueService;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * MAIL_SAFETY item 1: when storing a mail fails, the message stays unseen in the mailbox and is
 * stored on a later pass; nothing is flagged before the row is committed.
 */
@SpringBootTest
class StoreFirstTests {

    @Autowired EmbeddedMailServer mailServer;
    @Autowired Fixtures fixtures;
    @Autowired ServiceDeskService serviceDesk;
    @Autowired IssueService issues;
    @Autowired JdbcClient jdbc;

    @AfterEach
    void dropTrigger() {
        jdbc.sql("drop trigger if exists fail_once on inbound_emails").update();
        jdbc.sql("drop function if exists fail_once()").update();
    }

    @Test
    void aMailWhoseStoringFailsStaysUnseenAndIsStoredOnTheNextPass() throws Exception {
        UserView owner = fixtures.user("owner");
        ProjectView project = fixtures.project(owner, Visibility.PRIVATE);
        serviceDesk.setEnabled(owner.asActor(), project.id(), true);
        String address = "incoming+" + ServiceDeskService.projectKey(project) + "@servicedesk.localhost";
        String marker = "fail-once-" + UUID.randomUUID();
        // The database refuses to store this mail, as a full disk or a lost connection would.
        jdbc.sql("""
                create function fail_once() returns trigger language plpgsql as $$
                begin
                  if position('%s' in encode(new.raw, 'escape')) > 0 then
                    raise exception 'simulated failure while storing';
                  end if;
                  return new;
                end $$""".formatted(marker)).update();
        jdbc.sql("create trigger fail_once before insert on inbound_emails for each row execute function fail_once()").update();

        String first = send(address, marker);
        // Give the listener time to fetch it and fail: the mail must still be unseen and unstored.
        Thread.sleep(2_000);
        assertThat(seen(marker)).isFalse();
        assertThat(jdbc.sql("select count(*) from inbound_emails where position(? in encode(raw, 'escape')) > 0")
                .param(marker).query(Integer.class).single()).isZero();

        jdbc.sql("drop trigger fail_once on inbound_emails").update();
        String second = send(address, "wake-up-" + UUID.randomUUID());
        await().atMost(Duration.ofSeconds(20)).until(() -> issues.findByServiceDeskMessageId(project.id(), first).isPresent()
                && issues.findByServiceDeskMessageId(project.id(), second).isPresent());
        await().atMost(Duration.ofSeconds(10)).until(() -> seen(marker));
    }

    private String send(String to, String subject) throws Exception {
        return new TestMail(mailServer).send(to, subject, "Hello", null);
    }

    private boolean seen(String subject) throws Exception {
        return new TestMail(mailServer).seen(subject);
    }
}
