package dev.servicedesk.inbound.internal.trimming;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

class ReplyTrimmerTests {

    private final ReplyTrimmer trimmer = new ReplyTrimmer();

    @Test
    void gmailAttributionAndTheQuoteBelowItAreCut() {
        TrimmedReply trimmed = trimmer.trim("""
                The printer in room 4 works again, thank you.

                On Tue, Mar 4, 2025 at 9:12 AM Service Desk <support@example.com> wrote:

                > We restarted the print server. Does it work now?
                >
                > Support Bot
                """);

        assertThat(trimmed.reply()).isEqualTo("The printer in room 4 works again, thank you.");
        assertThat(trimmed.elided()).startsWith("On Tue, Mar 4, 2025 at 9:12 AM Service Desk")
                .contains("> We restarted the print server.");
    }

    @Test
    void gmailAttributionWrappedOverTwoLinesIsCutWhole() {
        TrimmedReply trimmed = trimmer.trim("""
                Yes, please close it.

                On Tue, Mar 4, 2025 at 9:12 AM Service Desk via Example Support <
                support@example.com> wrote:

                > Can we close this issue?
                """);

        assertThat(trimmed.reply()).isEqualTo("Yes, please close it.");
    }

    @Test
    void outlookHeaderBlockAndTheMailBelowItAreCut() {
        TrimmedReply trimmed = trimmer.trim("""
                Attached is the screenshot you asked for.

                From: Support Bot <support@example.com>
                Sent: Monday, March 3, 2025 4:20 PM
                To: Jane Roe <jane@example.org>
                Subject: RE: VPN drops every hour

                Could you send us a screenshot of the error?
                """);

        assertThat(trimmed.reply()).isEqualTo("Attached is the screenshot you asked for.");
        assertThat(trimmed.elided()).startsWith("From: Support Bot").endsWith("screenshot of the error?");
    }

    @Test
    void outlookOriginalMessageSeparatorCutsTheRest() {
        TrimmedReply trimmed = trimmer.trim("""
                Works for me.

                -----Original Message-----
                From: Support Bot
                Sent: Monday
                """);

        assertThat(trimmed.reply()).isEqualTo("Works for me.");
    }

    @Test
    void germanAppleMailAttributionIsCut() {
        TrimmedReply trimmed = trimmer.trim("""
                Danke, das Problem ist behoben.

                Am 03.03.2025 um 16:20 schrieb Support Bot <support@example.com>:

                > Bitte starten Sie den Rechner neu.
                """);

        assertThat(trimmed.reply()).isEqualTo("Danke, das Problem ist behoben.");
    }

    @Test
    void frenchAndSpanishAttributionsAreCut() {
        assertThat(trimmer.trim("""
                C'est réparé, merci.

                Le 3 mars 2025 à 16:20, Support Bot <support@example.com> a écrit :

                > Pouvez-vous redémarrer ?
                """).reply()).isEqualTo("C'est réparé, merci.");
        assertThat(trimmer.trim("""
                Ya funciona, gracias.

                El lun, 3 mar 2025 a las 16:20, Support Bot (<support@example.com>) escribió:

                > ¿Puede reiniciar?
                """).reply()).isEqualTo("Ya funciona, gracias.");
    }

    @Test
    void signatureAfterTheDashDashSpaceDelimiterIsCut() {
        TrimmedReply trimmed = trimmer.trim("Please reset my password.\n\n-- \nJane Roe\nACME Corp, Floor 3\n");

        assertThat(trimmed.reply()).isEqualTo("Please reset my password.");
        assertThat(trimmed.elided()).isEqualTo("-- \nJane Roe\nACME Corp, Floor 3");
    }

    @Test
    void sentFromMyIphoneAndTheQuoteAfterItAreCut() {
        TrimmedReply trimmed = trimmer.trim("""
                On my way, ten minutes.

                Sent from my iPhone

                > When can you come by?
                """);

        assertThat(trimmed.reply()).isEqualTo("On my way, ten minutes.");
        assertThat(trimmed.elided()).startsWith("Sent from my iPhone");
    }

    @Test
    void sentenceThatMerelyBeginsWithSentFromIsKept() {
        String body = "The parcel was\nsent from Berlin on Monday.\nThanks";

        assertThat(trimmer.trim(body).reply()).isEqualTo(body);
    }

    @Test
    void quoteInterleavedWithTheReplyIsKept() {
        TrimmedReply trimmed = trimmer.trim("""
                On Tue, Mar 4, 2025 at 9:12 AM Support Bot <support@example.com> wrote:
                > Which version do you run?

                2.4.1

                > Does it happen after a restart too?

                Yes, every time.

                Jane
                """);

        assertThat(trimmed.reply()).isEqualTo("""
                > Which version do you run?

                2.4.1

                > Does it happen after a restart too?

                Yes, every time.

                Jane""");
        assertThat(trimmed.elided()).startsWith("On Tue, Mar 4, 2025");
    }

    @Test
    void mailThatIsAllQuoteIsKeptWhole() {
        String body = "> Is the server up again?\n>\n> Support Bot";

        TrimmedReply trimmed = trimmer.trim(body + "\n");

        assertThat(trimmed.reply()).isEqualTo(body);
        assertThat(trimmed.elided()).isEmpty();
    }

    @Test
    void codeBlockWithRuleLikeLinesIsKept() {
        String body = """
                Here is my config:

                ```
                ####
                > not a quote
                ```

                Does that look right?""";

        assertThat(trimmer.trim(body).reply()).isEqualTo(body);
    }

    @Test
    void windowsAndOldMacLineEndingsBecomeNewlines() {
        TrimmedReply trimmed = trimmer.trim("First line\r\nsecond line\rthird line\r\n\r\n-- \r\nJane\r\n");

        assertThat(trimmed.reply()).isEqualTo("First line\nsecond line\nthird line");
        assertThat(trimmed.elided()).doesNotContain("\r");
    }

    @Test
    void blankBodyGivesAnEmptyReply() {
        assertThat(trimmer.trim(" \n\n")).isEqualTo(new TrimmedReply("", ""));
        assertThat(trimmer.trim(null)).isEqualTo(new TrimmedReply("", ""));
    }

    @Test
    void markdownWithoutACutIsJustTheReply() {
        assertThat(new TrimmedReply("Thanks!", "").toMarkdown()).isEqualTo("Thanks!");
    }

    @Test
    void markdownKeepsTheCutTextInACollapsedBlock() {
        String markdown = new TrimmedReply("Thanks!", "> old mail").toMarkdown();

        assertThat(markdown).startsWith("Thanks!\n\n<details><summary>…</summary>\n\n")
                .contains("> old mail").endsWith("\n\n</details>");
    }

    @Test
    void cutTextRendersAsInertTextNotHtml() {
        String elided = "> <script>alert('x')</script>\n> ![tracker](https://evil.example/t.png) **bold**";

        String html = render(new TrimmedReply("Thanks!", elided).toMarkdown());

        assertThat(html).doesNotContain("<script>", "<img", "<strong>")
                .contains("&lt;script&gt;alert(", "![tracker](https://evil.example/t.png) **bold**")
                .contains("<details>", "</details>");
    }

    @Test
    void backticksInTheCutTextCannotCloseItsCodeBlock() {
        String elided = "```\n<b>escaped?</b>\n```";

        String html = render(new TrimmedReply("Thanks!", elided).toMarkdown());

        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;escaped?&lt;/b&gt;");
    }

    /** Plain CommonMark with raw HTML enabled: the block must be inert without relying on a sanitiser. */
    private static String render(String markdown) {
        return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
    }
}
