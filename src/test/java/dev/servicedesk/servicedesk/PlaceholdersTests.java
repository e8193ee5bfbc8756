package dev.servicedesk.servicedesk;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceholdersTests {

    @Test
    void fillsKnownPlaceholdersWithOrWithoutSpacesAndLeavesUnknownOnesAsWritten() {
        String filled = Placeholders.fill("Ticket %{ISSUE_ID} at %{ ISSUE_PATH }; %{NOPE} and %{issue_id} $1 \\",
                Map.of("ISSUE_ID", "#7", "ISSUE_PATH", "acme/web#7"));

        assertThat(filled).isEqualTo("Ticket #7 at acme/web#7; %{NOPE} and #7 $1 \\");
    }

    @Test
    void valuesWithDollarSignsAndBackslashesAreInsertedLiterally() {
        assertThat(Placeholders.fill("%{NOTE_TEXT}", Map.of("NOTE_TEXT", "costs $5 \\o/"))).isEqualTo("costs $5 \\o/");
    }

    @Test
    void theDefaultThankYouTextHasNoLinkToTheConfidentialIssue() {
        assertThat(MailTemplate.THANK_YOU.defaultContent()).doesNotContain("%{ISSUE_URL}").contains("%{ISSUE_ID}")
                .contains("%{UNSUBSCRIBE_URL}");
    }
}
