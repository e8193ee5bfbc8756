package dev.servicedesk.issues;

import java.util.List;
import java.util.stream.IntStream;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code /add_email} and {@code /remove_email}: roles, GitLab's limits, refused addresses, system notes, masking. */
@SpringBootTest
@RecordApplicationEvents
class ExternalParticipantCommandsTests {

    @Autowired Fixtures fixtures;
    @Autowired IssueService issues;
    @Autowired NoteService notes;
    @Autowired IssueParticipantService participantCommands;
    @Autowired ExternalParticipantService participants;
    @Autowired ApplicationEvents events;

    UserView owner;
    UserView reporter;
    UserView guest;
    ProjectView project;
    IssueView issue;

    @BeforeEach
    void serviceDeskIssue() {
        owner = fixtures.user("owner");
        reporter = fixtures.user("reporter");
        guest = fixtures.user("guest");
        project = fixtures.project(owner, Visibility.PRIVATE);
        fixtures.addMember(owner, project, reporter, AccessLevel.REPORTER);
        fixtures.addMember(owner, project, guest, AccessLevel.GUEST);
        // Public, so that the Guest can read it and try the quick actions.
        issue = issues.createForServiceDesk(project.id(), "Printer on fire", "help", "customer@example.com", false);
    }

    @Test
    void reporterAddsAddressesWithASystemNoteAndTheAddedPeopleAreMailed() {
        PostedNote posted = notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email ann@example.com, bob@example.org", false);

        assertThat(posted.note()).isNull();
        assertThat(posted.problems()).isEmpty();
        assertThat(participants.emails(issue.id())).containsExactly("customer@example.com", "ann@example.com", "bob@example.org");
        assertThat(systemNotes(reporter)).contains("added ann@example.com, bob@example.org");
        assertThat(events.stream(ParticipantAdded.class).filter(ParticipantAdded::sendMail).map(ParticipantAdded::email))
                .containsExactly("ann@example.com", "bob@example.org");
    }

    @Test
    void atMostSixAddressesPerCommandAreAdded() {
        String seven = String.join(" ", IntStream.rangeClosed(1, 7).mapToObj(i -> "p" + i + "@example.com").toList());

        PostedNote posted = notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email " + seven, false);

        assertThat(participants.emails(issue.id())).hasSize(7).doesNotContain("p7@example.com");
        assertThat(posted.problems()).singleElement().asString()
                .contains("At most 6 addresses").contains("p7@example.com was not added");
    }

    @Test
    void anIssueKeepsAtMostTenParticipantsAndSaysWhichWereNotAdded() {
        participantCommands.add(reporter.asActor(), project.id(), issue.iid(),
                IntStream.rangeClosed(1, 6).mapToObj(i -> "a" + i + "@example.com").toList());

        ParticipantChange change = participantCommands.add(reporter.asActor(), project.id(), issue.iid(),
                IntStream.rangeClosed(1, 5).mapToObj(i -> "b" + i + "@example.com").toList());

        assertThat(participants.emails(issue.id())).hasSize(10);
        assertThat(change.changed()).containsExactly("b1@example.com", "b2@example.com", "b3@example.com");
        assertThat(change.problemText()).contains("b4@example.com, b5@example.com were not added").contains("at most 10");
        assertThat(systemNotes(reporter)).contains("added b1@example.com, b2@example.com, b3@example.com");
    }

    @Test
    void invalidAddressesAndTheInstancesOwnAddressesAreRefused() {
        PostedNote posted = notes.post(reporter.asActor(), project.id(), issue.iid(),
                "/add_email not-an-address incoming+demo-1-issue-@servicedesk.localhost INCOMING@servicedesk.localhost ok@example.com CUSTOMER@example.com",
                false);

        assertThat(participants.emails(issue.id())).containsExactly("customer@example.com", "ok@example.com");
        assertThat(String.join(" ", posted.problems()))
                .contains("not-an-address is not a valid email address")
                .contains("incoming+demo-1-issue-@servicedesk.localhost is a Service Desk address")
                .contains("INCOMING@servicedesk.localhost is a Service Desk address")
                .contains("CUSTOMER@example.com is already a participant");
        assertThat(systemNotes(reporter)).contains("added ok@example.com");
    }

    @Test
    void aGuestsQuickActionIsTakenOutOfTheTextAndNotRun() {
        NoteView note = notes.add(guest.asActor(), project.id(), issue.iid(), "Me too\n/add_email friend@example.com\n/remove_email customer@example.com", false);

        assertThat(note.body()).isEqualTo("Me too");
        assertThat(participants.emails(issue.id())).containsExactly("customer@example.com");
        assertThat(systemNotes(reporter)).isEmpty();
        assertThatThrownBy(() -> participantCommands.add(guest.asActor(), project.id(), issue.iid(), List.of("friend@example.com")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void removeEmailRemovesAndNamesTheAddressesThatWereNotParticipants() {
        PostedNote posted = notes.post(reporter.asActor(), project.id(), issue.iid(), "/remove_email customer@EXAMPLE.com stranger@example.com", false);

        assertThat(participants.emails(issue.id())).isEmpty();
        assertThat(systemNotes(reporter)).contains("removed customer@EXAMPLE.com");
        assertThat(posted.problems()).containsExactly("stranger@example.com is not a participant.");
    }

    @Test
    void guestsSeeTheAddressesInSystemNotesAndNoteAuthorsMasked() {
        notes.post(reporter.asActor(), project.id(), issue.iid(), "/add_email ann@example.com", false);

        assertThat(systemNotes(reporter)).contains("added ann@example.com");
        assertThat(systemNotes(guest)).contains("added an*****@e*****.c**");
        assertThat(participantCommands.visible(guest.asActor(), project.id(), issue.iid()))
                .containsExactly("cu*****@e*****.c**", "an*****@e*****.c**");
        assertThat(participantCommands.visible(reporter.asActor(), project.id(), issue.iid()))
                .containsExactly("customer@example.com", "ann@example.com");
    }

    @Test
    void aMovedIssueKeepsItsParticipants() {
        participantCommands.add(reporter.asActor(), project.id(), issue.iid(), List.of("ann@example.com"));
        ProjectView other = fixtures.project(owner, Visibility.PRIVATE);

        IssueView moved = issues.move(owner.asActor(), project.id(), issue.iid(), other.id());

        assertThat(participants.emails(moved.id())).containsExactly("customer@example.com", "ann@example.com");
        assertThat(participantCommands.visible(owner.asActor(), other.id(), moved.iid()))
                .containsExactly("customer@example.com", "ann@example.com");
    }

    private List<String> systemNotes(UserView reader) {
        return notes.list(reader.asActor(), project.id(), issue.iid()).stream()
                .filter(NoteView::system).map(NoteView::body).toList();
    }
}
