package dev.servicedesk.issues;

import dev.servicedesk.issues.internal.QuickActions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickActionsTests {

    @Test
    void commandsOnTheirOwnLinesAreTakenOutOfTheText() {
        QuickActions.Parsed parsed = QuickActions.parse("Thanks, fixed in the next release.\n/close\n/label ~bug ~\"needs review\"\n/assign @alice @bob");
        assertThat(parsed.remainingText()).isEqualTo("Thanks, fixed in the next release.");
        assertThat(parsed.commands()).containsExactly(
                new QuickActions.Command("close", java.util.List.of()),
                new QuickActions.Command("label", java.util.List.of("bug", "needs review")),
                new QuickActions.Command("assign", java.util.List.of("alice", "bob")));
    }

    @Test
    void unknownCommandsAndPathsStayText() {
        QuickActions.Parsed parsed = QuickActions.parse("Edit\n/etc/hosts\n/shrug");
        assertThat(parsed.remainingText()).isEqualTo("Edit\n/etc/hosts\n/shrug");
        assertThat(parsed.commands()).isEmpty();
    }

    @Test
    void commandsInsideCodeBlocksAreNotRun() {
        QuickActions.Parsed parsed = QuickActions.parse("```\n/close\n```");
        assertThat(parsed.commands()).isEmpty();
        assertThat(parsed.remainingText()).contains("/close");
    }

    @Test
    void commandsMidSentenceAreNotCommands() {
        assertThat(QuickActions.parse("please /close this").commands()).isEmpty();
    }

    @Test
    void assignMeIsUnderstood() {
        assertThat(QuickActions.parse("/assign me").commands().get(0).arguments()).containsExactly("me");
    }

    @Test
    void addEmailTakesAddressesSeparatedBySpacesOrCommas() {
        assertThat(QuickActions.parse("/add_email a@x.com, b@y.com  c@z.com").commands().get(0))
                .isEqualTo(new QuickActions.Command("add_email", java.util.List.of("a@x.com", "b@y.com", "c@z.com")));
        assertThat(QuickActions.parse("/remove_email a@x.com").commands().get(0).arguments()).containsExactly("a@x.com");
    }
}
