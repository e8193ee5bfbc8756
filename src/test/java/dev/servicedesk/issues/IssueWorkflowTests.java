package dev.servicedesk.issues;

import java.util.List;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.Actor;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.common.ForbiddenException;
import dev.servicedesk.common.InvalidInputException;
import dev.servicedesk.projects.AccessLevel;
import dev.servicedesk.projects.ProjectView;
import dev.servicedesk.projects.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class IssueWorkflowTests {

    @Autowired Fixtures fixtures;
    @Autowired IssueService issues;
    @Autowired IssueListService issueList;
    @Autowired NoteService notes;
    @Autowired IssueTriageService triage;
    @Autowired LabelService labels;

    UserView owner;
    Actor actor;
    ProjectView project;

    @BeforeEach
    void project() {
        owner = fixtures.user("owner");
        actor = owner.asActor();
        project = fixtures.project(owner, Visibility.PRIVATE);
    }

    @Test
    void quickActionsOfAMemberRunAndLeaveSystemNotes() {
        UserView dev = fixtures.user("dev");
        fixtures.addMember(owner, project, dev, AccessLevel.DEVELOPER);
        labels.create(actor, project.id(), "bug", "#d9534f", "");
        labels.create(actor, project.id(), "needs review", null, "");
        IssueView issue = issues.create(actor, project.id(), new NewIssue("Crash", "", false));

        NoteView note = notes.add(actor, project.id(), issue.iid(),
                "Looking into it.\n/label ~bug ~\"needs review\" ~unknown\n/assign @" + dev.username() + "\n/confidential\n/close", false);

        assertThat(note.body()).isEqualTo("Looking into it.");
        IssueView after = issues.get(actor, project.id(), issue.iid());
        assertThat(after.state()).isEqualTo(IssueState.CLOSED);
        assertThat(after.confidential()).isTrue();
        assertThat(after.labelIds()).hasSize(2);
        assertThat(after.assigneeIds()).containsExactly(dev.id());
        assertThat(notes.list(actor, project.id(), issue.iid())).filteredOn(NoteView::system).extracting(NoteView::body)
                .containsExactly("added ~bug ~\"needs review\" labels", "assigned to @" + dev.username(),
                        "made the issue confidential", "closed");

        notes.add(actor, project.id(), issue.iid(), "/reopen\n/unlabel ~bug\n/unassign", false);
        IssueView reopened = issues.get(actor, project.id(), issue.iid());
        assertThat(reopened.state()).isEqualTo(IssueState.OPENED);
        assertThat(reopened.labelIds()).hasSize(1);
        assertThat(reopened.assigneeIds()).isEmpty();
    }

    @Test
    void aNoteWithOnlyQuickActionsStoresNoComment() {
        IssueView issue = issues.create(actor, project.id(), new NewIssue("Done", "", false));
        assertThat(notes.add(actor, project.id(), issue.iid(), "/close", false)).isNull();
        assertThat(notes.list(actor, project.id(), issue.iid())).allMatch(NoteView::system);
    }

    @Test
    void aGuestsQuickActionsAreIgnoredButTheirTextIsKept() {
        UserView guest = fixtures.user("guest");
        fixtures.addMember(owner, project, guest, AccessLevel.GUEST);
        IssueView issue = issues.create(actor, project.id(), new NewIssue("Not yours", "", false));
        notes.add(guest.asActor(), project.id(), issue.iid(), "Me too\n/close\n/confidential", false);
        IssueView after = issues.get(actor, project.id(), issue.iid());
        assertThat(after.state()).isEqualTo(IssueState.OPENED);
        assertThat(after.confidential()).isFalse();
    }

    @Test
    void movingGivesTheNextIidThereClosesTheOriginalAndKeepsNotesAndLabelsByName() {
        ProjectView target = fixtures.project(owner, Visibility.PRIVATE);
        issues.create(actor, target.id(), new NewIssue("already there", "", false));
        LabelView bug = labels.create(actor, project.id(), "bug", null, "");
        labels.create(actor, target.id(), "Bug", null, "");
        IssueView issue = issues.create(actor, project.id(), new NewIssue("Wrong place", "body", true, java.util.Set.of(bug.id())));
        notes.add(actor, project.id(), issue.iid(), "first comment", false);

        IssueView moved = issues.move(actor, project.id(), issue.iid(), target.id());

        assertThat(moved.projectId()).isEqualTo(target.id());
        assertThat(moved.iid()).isEqualTo(2);
        assertThat(moved.confidential()).isTrue();
        assertThat(moved.labelIds()).hasSize(1).doesNotContain(bug.id());
        assertThat(notes.list(actor, target.id(), moved.iid())).extracting(NoteView::body)
                .contains("first comment", "moved from " + project.fullPath() + "#" + issue.iid());
        IssueView original = issues.get(actor, project.id(), issue.iid());
        assertThat(original.state()).isEqualTo(IssueState.CLOSED);
        assertThat(original.movedToId()).isEqualTo(moved.id());
        assertThat(notes.list(actor, project.id(), issue.iid())).extracting(NoteView::body)
                .contains("moved to " + target.fullPath() + "#2");
        assertThatThrownBy(() -> issues.move(actor, project.id(), issue.iid(), target.id()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void movingNeedsReporterInTheTargetProject() {
        UserView reporter = fixtures.user("reporter");
        fixtures.addMember(owner, project, reporter, AccessLevel.REPORTER);
        ProjectView target = fixtures.project(owner, Visibility.INTERNAL);
        IssueView issue = issues.create(actor, project.id(), new NewIssue("Stay", "", false));
        assertThatThrownBy(() -> issues.move(reporter.asActor(), project.id(), issue.iid(), target.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theListFiltersBySearchLabelAuthorAssigneeAndConfidentialAndCountsTabs() {
        UserView other = fixtures.user("other");
        fixtures.addMember(owner, project, other, AccessLevel.DEVELOPER);
        LabelView bug = labels.create(actor, project.id(), "bug", null, "");
        IssueView printer = issues.create(actor, project.id(), new NewIssue("Printer on fire", "smoke 100%", false, java.util.Set.of(bug.id())));
        IssueView login = issues.create(other.asActor(), project.id(), new NewIssue("Cannot log in", "password_reset fails", true));
        IssueView closed = issues.create(actor, project.id(), new NewIssue("Old printer", "", false));
        issues.close(actor, project.id(), closed.iid());
        triage.setAssignees(actor, project.id(), login.iid(), List.of(owner.id()));

        assertThat(iids(filter("opened", "printer", List.of(), null, null, null))).containsExactly(printer.iid());
        assertThat(iids(filter("all", "printer", List.of(), null, null, null))).containsExactlyInAnyOrder(printer.iid(), closed.iid());
        assertThat(iids(filter("opened", "100%", List.of(), null, null, null))).containsExactly(printer.iid());
        assertThat(iids(filter("opened", "password_", List.of(), null, null, null))).containsExactly(login.iid());
        assertThat(iids(filter("opened", null, List.of("BUG"), null, null, null))).containsExactly(printer.iid());
        assertThat(iids(filter("opened", null, List.of(), other.id(), null, null))).containsExactly(login.iid());
        assertThat(iids(filter("opened", null, List.of(), null, owner.id(), null))).containsExactly(login.iid());
        assertThat(iids(filter("opened", null, List.of(), null, null, true))).containsExactly(login.iid());
        IssuePage page = issueList.search(actor, project.id(), filter("closed", null, List.of(), null, null, null));
        assertThat(page.openedCount()).isEqualTo(2);
        assertThat(page.closedCount()).isEqualTo(1);
        assertThat(iids(new IssueFilter("opened", null, null, null, null, null, "created_at", true, 1, 20)))
                .containsExactly(printer.iid(), login.iid());
    }

    @Test
    void pagesSplitTheListAndKnowTheirTotal() {
        for (int n = 1; n <= 5; n++) {
            issues.create(actor, project.id(), new NewIssue("Issue " + n, "", false));
        }
        IssuePage second = issueList.search(actor, project.id(), new IssueFilter("opened", null, null, null, null, null, null, false, 2, 2));
        assertThat(second.issues()).extracting(IssueView::title).containsExactly("Issue 3", "Issue 2");
        assertThat(second.totalPages("opened")).isEqualTo(3);
        assertThat(second.hasNext("opened")).isTrue();
    }

    @Test
    void assigningSomeoneOutsideTheProjectIsRefused() {
        UserView stranger = fixtures.user("stranger");
        IssueView issue = issues.create(actor, project.id(), new NewIssue("x", "", false));
        assertThatThrownBy(() -> triage.setAssignees(actor, project.id(), issue.iid(), List.of(stranger.id())))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<Integer> iids(IssueFilter filter) {
        return issueList.search(actor, project.id(), filter).issues().stream().map(IssueView::iid).toList();
    }

    private static IssueFilter filter(String state, String search, List<String> labels, Long authorId, Long assigneeId, Boolean confidential) {
        return new IssueFilter(state, search, labels, authorId, assigneeId, confidential, null, false, 1, 20);
    }
}
