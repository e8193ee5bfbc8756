package dev.servicedesk.inbound.internal.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailParserTests {

    private final MailParser parser = new MailParser(MailLimits.defaults());

    @Nested
    class Fixtures {

        @Test
        void plainMailGivesItsHeadersAddressesAndText() throws Exception {
            byte[] raw = fixture("plain.eml");
            ParsedMail mail = parser.parse(raw);

            assertThat(mail.messageId()).isEqualTo("CAF=plain-0001@mail.customer.example");
            assertThat(mail.inReplyTo()).isNull();
            assertThat(mail.references()).isEmpty();
            assertThat(mail.subject()).isEqualTo("The login page shows a blank screen");
            assertThat(mail.fromAddress()).isEqualTo("alice@customer.example");
            assertThat(mail.fromName()).isEqualTo("Alice Example");
            assertThat(mail.replyToAddress()).isEqualTo("replies@customer.example");
            assertThat(mail.senderAddress()).isEqualTo("mailer@customer.example");
            assertThat(mail.to()).containsExactly(
                    "incoming+acme-website-7-issue-@support.example.com", "bob@customer.example");
            assertThat(mail.cc()).containsExactly("carol@customer.example", "dave@customer.example");
            assertThat(mail.deliveredTo()).containsExactly(
                    "incoming+acme-website-7-issue-@support.example.com",
                    "incoming+acme-website-7-issue-@support.example.com");
            assertThat(mail.body()).isEqualTo("""
                    Hello,

                    since this morning the login page stays blank after I enter my password.
                    I tried Firefox and Chrome – same result.

                    Kind regards
                    Alice""");
            assertThat(mail.attachments()).isEmpty();
            assertThat(mail.deliveryStatusReport()).isFalse();
            assertThat(mail.failedRecipients()).isEmpty();
            assertThat(mail.size()).isEqualTo(raw.length);
        }

        @Test
        void headersAreUnfoldedWithLowerCaseNamesAndFoundCaseInsensitively() throws Exception {
            ParsedMail mail = parser.parse(fixture("plain.eml"));

            assertThat(mail.header("X-CUSTOM-HEADER"))
                    .contains("first part of a long value that was folded by the sending client");
            assertThat(mail.header("x-not-there")).isEmpty();
            assertThat(mail.headers()).containsKeys("return-path", "delivered-to", "received", "message-id",
                    "from", "reply-to", "sender", "to", "cc", "subject", "x-custom-header", "content-type");
            assertThat(mail.headers().keySet()).allSatisfy(name -> assertThat(name).isLowerCase());
            assertThat(mail.headers().get("received")).singleElement().asString()
                    .startsWith("from mx.customer.example").doesNotContain("\n");
        }

        @Test
        void senderIsReplyToThenFromThenSender() throws Exception {
            ParsedMail all = parser.parse(fixture("plain.eml"));
            ParsedMail fromAndSender = parse("""
                    From: Alice <alice@customer.example>
                    Sender: list@lists.example

                    Hi""");
            ParsedMail senderOnly = parse("""
                    Sender: <noc@rt3.example.com> (Network Operation Center)

                    Hi""");
            ParsedMail nobody = parse("Subject: anonymous\n\nHi");

            assertThat(all.sender()).isEqualTo("replies@customer.example");
            assertThat(fromAndSender.sender()).isEqualTo("alice@customer.example");
            assertThat(senderOnly.sender()).isEqualTo("noc@rt3.example.com");
            assertThat(nobody.sender()).isNull();
        }

        @Test
        void htmlOnlyMailBecomesMarkdownWithoutStyleScriptOrTrackingPixel() throws Exception {
            ParsedMail mail = parser.parse(fixture("html-only.eml"));

            assertThat(mail.body())
                    .startsWith("# Delivery problem")
                    .contains("your order **1234** could not be delivered")
                    .contains("* Street: Hauptstraße 5", "* City: Köln")
                    .contains("[check the address](https://shop.example/orders/1234)")
                    .contains("click here")
                    // A <br> stays a Markdown hard line break.
                    .contains("Kind regards  \nYour shop team")
                    .contains("Shop logo")
                    .doesNotContain("font-family", "Preheader", "Order 1234", "tracking", "alert", "javascript",
                            "track.newsletter.example", "cid:", "<", "\r");
            assertThat(mail.attachments()).isEmpty();
        }

        @Test
        void undeclaredEightBitHeadersAndLatin1TextDecode() throws Exception {
            ParsedMail mail = parser.parse(fixture("iso-8859-1.eml"));

            // Raw 8-bit headers: not UTF-8, so windows-1252.
            assertThat(mail.subject()).isEqualTo("Grüße aus Köln");
            assertThat(mail.fromName()).isEqualTo("Jürgen Müller");
            // Labelled iso-8859-1 but written as windows-1252 (curly quotes, en dash), as Outlook does.
            assertThat(mail.body()).contains("der Zugang für “Großkunden” funktioniert nicht – bitte prüfen.")
                    .endsWith("Mit freundlichen Grüßen\nJürgen Müller");
        }

        @Test
        void encodedWordsDecodeAcrossSplitCharactersAndUnknownCharsets() throws Exception {
            ParsedMail mail = parser.parse(fixture("rfc2047-subject.eml"));

            // Adjacent words lose the blank between them (RFC 2047 6.2); 中 is split across two words;
            // the unknown charset falls back to UTF-8.
            assertThat(mail.subject()).isEqualTo("Re: Problem mit der Anmeldung 😊€ 50 und café中文");
            assertThat(mail.fromName()).isEqualTo("Renée François");
            assertThat(mail.fromAddress()).isEqualTo("renee@webmail.example");
            assertThat(mail.header("to")).contains("Support Änderungen <support@example.com>");
            assertThat(mail.subject()).doesNotContain("=?", "\uFFFD");
        }

        @Test
        void fileNamesDecodeFromRfc2231ContinuationsAndEncodedWords() throws Exception {
            ParsedMail mail = parser.parse(fixture("rfc2231-filename.eml"));

            assertThat(mail.attachments()).extracting(Attachment::fileName).containsExactly(
                    "Überweisungsträger März 2024.pdf", "Notiz für Buchhaltung.txt", "report.csv");
            Attachment pdf = mail.attachments().get(0);
            assertThat(pdf.contentType()).isEqualTo("application/pdf");
            assertThat(new String(pdf.content(), StandardCharsets.ISO_8859_1)).startsWith("%PDF-1.4");
            assertThat(mail.body()).isEqualTo("See the attached transfer form.");
        }

        @Test
        void attachmentsAreDecodedAndInlineImagesKeptWhileTheTextPartIsTheBody() throws Exception {
            ParsedMail mail = parser.parse(fixture("with-attachment.eml"));

            assertThat(mail.body()).isEqualTo(
                    "The error appears when I press *Save*. Screenshot inline and the log attached.");
            assertThat(mail.attachments()).extracting(Attachment::fileName, Attachment::contentType)
                    .containsExactly(
                            tuple("image001.png", "image/png"),
                            tuple("error.log", "text/plain"));
            Attachment image = mail.attachments().get(0);
            assertThat(image.content()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(image.size()).isEqualTo(image.content().length);
            assertThat(new String(mail.attachments().get(1).content(), StandardCharsets.US_ASCII))
                    .isEqualTo("ERROR NullPointerException\n");
        }

        @Test
        void signaturePartOfSignedMailIsNoAttachment() throws Exception {
            ParsedMail mail = parser.parse(fixture("signed.eml"));

            assertThat(mail.body()).isEqualTo("Please reset my password.");
            assertThat(mail.attachments()).extracting(Attachment::fileName).containsExactly("accounts.csv");
        }

        @Test
        void deliveryStatusReportNamesOnlyThePermanentlyFailedRecipients() throws Exception {
            ParsedMail mail = parser.parse(fixture("bounce.eml"));

            assertThat(mail.deliveryStatusReport()).isTrue();
            // 5.1.1 failed: both its final and original address. 4.2.2 delayed and 4.4.7 failed: not hard bounces.
            assertThat(mail.failedRecipients())
                    .containsExactly("nobody@customer.example", "nobody-alias@customer.example");
            assertThat(mail.body()).startsWith("This is the mail system at host mx.support.example.com.")
                    .doesNotContain("Reporting-MTA", "X-Postfix-Queue-ID");
            assertThat(mail.attachments()).isEmpty();
            assertThat(mail.header("auto-submitted")).contains("auto-replied");
        }

        @Test
        void referencesJoinedWithCommasAreSplitAndInReplyToLosesItsComment() throws Exception {
            ParsedMail mail = parser.parse(fixture("references-with-commas.eml"));

            assertThat(mail.messageId()).isEqualTo("AM0PR01MB1234.eurprd01.prod.exchangelabs.com");
            assertThat(mail.inReplyTo()).isEqualTo("thank-you-42@support.example.com");
            assertThat(mail.references()).containsExactly(
                    "CAF=plain-0001@mail.customer.example",
                    "thank-you-42@support.example.com",
                    "reply-0123456789abcdef0123456789abcdef@support.example.com");
        }

        @Test
        void envelopeRecipientsComeInGitLabsOrderWhateverTheHeaderOrder() throws Exception {
            ParsedMail mail = parser.parse(fixture("received-for.eml"));

            assertThat(mail.deliveredTo()).containsExactly(
                    "delivered@support.example.com",
                    "delivered-again@support.example.com",
                    "x-delivered@support.example.com",
                    "envelope@support.example.com",
                    "x-envelope@support.example.com",
                    // Received headers top to bottom; "for addr" without brackets is not read (GitLab neither).
                    "first-received@support.example.com",
                    "second-received@support.example.com",
                    "original@support.example.com",
                    "forwarded@support.example.com");
            assertThat(mail.to()).isEmpty();
        }

        @Test
        void mailWithoutMessageIdSubjectOrTextGivesNullsAndEmptyStrings() throws Exception {
            ParsedMail mail = parser.parse(fixture("no-message-id.eml"));

            assertThat(mail.messageId()).isNull();
            assertThat(mail.inReplyTo()).isNull();
            assertThat(mail.references()).isEmpty();
            assertThat(mail.subject()).isEmpty();
            assertThat(mail.body()).isEmpty();
            assertThat(mail.attachments()).isEmpty();
            assertThat(mail.fromAddress()).isEqualTo("script@monitoring.example");
            assertThat(mail.fromName()).isNull();
        }

        @Test
        void forwardedMessageIsShownInlineAndAnAttachedMessageIsKeptAsEml() throws Exception {
            ParsedMail mail = parser.parse(fixture("nested-rfc822.eml"));

            assertThat(mail.body()).isEqualTo("""
                    Please see the mail below from our supplier.

                    ---------- Forwarded message ----------
                    From: Ines Müller <ines@supplier.example>
                    Date: Mon, 3 Jun 2024 17:00:00 +0200
                    Subject: Vertragsverlängerung
                    To: henry@customer.example

                    Die Verlängerung gilt ab Juli.""");
            assertThat(mail.attachments()).extracting(Attachment::fileName, Attachment::contentType).containsExactly(
                    tuple("contract.pdf", "application/pdf"),
                    tuple("Old price list.eml", "message/rfc822"));
            assertThat(new String(mail.attachments().get(1).content(), StandardCharsets.US_ASCII))
                    .startsWith("From: Supplier <ines@supplier.example>").contains("Prices as of 2023.");
            assertThat(mail.messageId()).isEqualTo("nested-0001@customer.example");
        }

        @Test
        void brokenMimeStillGivesWhatCanBeRead() throws Exception {
            // No closing boundary, an unknown charset, bad base64, NUL bytes in a header and the text.
            ParsedMail mail = parser.parse(fixture("broken-mime.eml"));

            assertThat(mail.subject()).isEqualTo("Nightly export");
            assertThat(mail.body()).isEqualTo("Status: grün und bereit");
            assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
                assertThat(attachment.fileName()).isEqualTo("data.bin");
                assertThat(new String(attachment.content(), StandardCharsets.US_ASCII)).isEqualTo("Hello WorldHi");
            });
        }
    }

    @Nested
    class DamagedInput {

        @Test
        void textWithoutAnyHeaderIsTheBody() throws Exception {
            ParsedMail mail = parse("Just a line from a script,\nno headers at all.\n");

            assertThat(mail.body()).isEqualTo("Just a line from a script,\nno headers at all.");
            assertThat(mail.subject()).isEmpty();
            assertThat(mail.headers()).isEmpty();
        }

        @Test
        void emptyInputIsAnEmptyMail() throws Exception {
            ParsedMail mail = parser.parse(new byte[0]);

            assertThat(mail.body()).isEmpty();
            assertThat(mail.subject()).isEmpty();
            assertThat(mail.sender()).isNull();
            assertThat(mail.size()).isZero();
        }

        @Test
        void mboxEnvelopeLineIsIgnored() throws Exception {
            ParsedMail mail = parse("From alice@customer.example Tue Jun  4 09:11:58 2024\n"
                    + "From: alice@customer.example\nSubject: saved from mutt\n\nHi");

            assertThat(mail.fromAddress()).isEqualTo("alice@customer.example");
            assertThat(mail.subject()).isEqualTo("saved from mutt");
            assertThat(mail.body()).isEqualTo("Hi");
        }

        @Test
        void multipartWithoutAnyBoundaryLineKeepsItsText() throws Exception {
            ParsedMail mail = parse("""
                    Subject: forgot the parts
                    Content-Type: multipart/mixed; boundary="nowhere"

                    The generator wrote the text but no part.""");

            assertThat(mail.body()).isEqualTo("The generator wrote the text but no part.");
        }

        @Test
        void unknownTransferEncodingKeepsTheBytesAndBrokenQuotedPrintableKeepsTheText() throws Exception {
            ParsedMail unknown = parse("""
                    Content-Type: text/plain; charset=utf-8
                    Content-Transfer-Encoding: x-gzip64

                    plain after all""");
            ParsedMail brokenQp = parse("""
                    Content-Type: text/plain; charset=utf-8
                    Content-Transfer-Encoding: quoted-printable

                    100% =ZZ sure, soft=
                     break and caf=C3=A9""");

            assertThat(unknown.body()).isEqualTo("plain after all");
            assertThat(brokenQp.body()).isEqualTo("100% =ZZ sure, soft break and café");
        }

        @Test
        void htmlWithoutCharsetParameterUsesItsMetaCharset() throws Exception {
            byte[] raw = ("Content-Type: text/html\n\n<html><head><meta charset=\"iso-8859-1\"></head>"
                    + "<body><p>Gr\u00fc\u00dfe</p></body></html>").getBytes(StandardCharsets.ISO_8859_1);

            assertThat(parser.parse(raw).body()).isEqualTo("Grüße");
        }

        @Test
        void utf8HeadersWithoutEncodingDecode() throws Exception {
            // RFC 6532 (internationalised mail) puts raw UTF-8 into headers.
            byte[] raw = "From: Zoë <zoe@example.com>\nSubject: Überweisung für März\n\nx"
                    .getBytes(StandardCharsets.UTF_8);

            ParsedMail mail = parser.parse(raw);

            assertThat(mail.subject()).isEqualTo("Überweisung für März");
            assertThat(mail.fromName()).isEqualTo("Zoë");
        }

        @Test
        void unbalancedAddressHeaderStillGivesItsAddresses() throws Exception {
            ParsedMail mail = parse("From: \"Broken <broken@example.com>\nTo: a@example.com, <b@example.com\n\nx");

            assertThat(mail.fromAddress()).isEqualTo("broken@example.com");
            assertThat(mail.to()).containsExactly("a@example.com", "b@example.com");
        }

        @Test
        void deeplyNestedHtmlStillGivesItsText() throws Exception {
            String html = "<div>".repeat(20_000) + "deep inside" + "</div>".repeat(20_000);

            ParsedMail mail = parse("Content-Type: text/html; charset=utf-8\n\n" + html);

            assertThat(mail.body()).contains("deep inside");
        }

        @ParameterizedTest
        @ValueSource(strings = {"plain.eml", "html-only.eml", "with-attachment.eml", "signed.eml", "bounce.eml",
                "nested-rfc822.eml", "rfc2231-filename.eml", "broken-mime.eml"})
        void randomlyDamagedMailNeverThrowsAnythingButMalformedMailException(String name) throws Exception {
            byte[] original = fixture(name);
            Random random = new Random(name.hashCode());
            for (int round = 0; round < 200; round++) {
                byte[] damaged = damage(original, random);
                Throwable thrown = catchThrowable(() -> parser.parse(damaged));
                assertThat(thrown).as("round %d of %s", round, name)
                        .satisfiesAnyOf(
                                none -> assertThat(none).isNull(),
                                malformed -> assertThat(malformed).isInstanceOf(MalformedMailException.class)
                                        .hasMessageNotContaining("could not be parsed"));
            }
        }

        private static byte[] damage(byte[] original, Random random) {
            byte[] damaged = original.clone();
            int changes = 1 + random.nextInt(20);
            for (int i = 0; i < changes; i++) {
                int at = random.nextInt(damaged.length);
                damaged[at] = switch (random.nextInt(4)) {
                    case 0 -> 0;
                    case 1 -> (byte) random.nextInt(256);
                    case 2 -> (byte) "-=?\"<>;:\n\\".charAt(random.nextInt(10));
                    default -> (byte) ' ';
                };
            }
            return random.nextBoolean() ? damaged : Arrays.copyOf(damaged, random.nextInt(damaged.length));
        }
    }

    @Nested
    class Limits {

        @Test
        void defaultsAreTwentyFiveMegabytesFiveHundredPartsTwentyLevelsAThousandHeaders() {
            assertThat(MailLimits.defaults()).isEqualTo(new MailLimits(26_214_400L, 500, 20, 1000, 100_000));
        }

        @Test
        void limitsMustBePositive() {
            assertThatThrownBy(() -> new MailLimits(0, 500, 20, 1000, 100_000))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new MailLimits(1, 0, 20, 1000, 100_000))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void mailOverTheSizeLimitIsRejectedWithItsSize() {
            byte[] thirtyMegabytes = new byte[30 * 1024 * 1024];

            assertThatThrownBy(() -> parser.parse(thirtyMegabytes))
                    .isInstanceOf(MalformedMailException.class)
                    .hasMessage("too large (31457280 bytes, limit 26214400)")
                    .extracting(thrown -> ((MalformedMailException) thrown).reason())
                    .isEqualTo("too large (31457280 bytes, limit 26214400)");
        }

        @Test
        void mailAtTheSizeLimitIsRead() throws Exception {
            MailParser small = new MailParser(new MailLimits(40, 500, 20, 1000, 100_000));

            assertThat(small.parse(bytes("Subject: exactly forty bytes long\n\nabcde")).subject())
                    .isEqualTo("exactly forty bytes long");
            assertThatThrownBy(() -> small.parse(bytes("Subject: exactly forty bytes long\n\nabcdef")))
                    .hasMessage("too large (41 bytes, limit 40)");
        }

        @Test
        void moreMimePartsThanTheLimitAreRejected() throws Exception {
            MailParser tenParts = new MailParser(new MailLimits(1_000_000, 10, 20, 1000, 100_000));

            // The message itself is a part: nine inner parts make ten.
            assertThat(tenParts.parse(multipart(9)).body()).contains("part 9");
            assertThatThrownBy(() -> tenParts.parse(multipart(10)))
                    .isInstanceOf(MalformedMailException.class)
                    .hasMessage("too many MIME parts (more than 10)");
        }

        @Test
        void floodOfEmptyPartsIsStoppedWhileReading() {
            // Three million parts fit into 25 MB; they must not all be built before counting.
            StringBuilder flood = new StringBuilder("Content-Type: multipart/mixed; boundary=b\n\n");
            flood.append("--b\n\n".repeat(3_000_000));

            assertThatThrownBy(() -> parser.parse(bytes(flood.toString())))
                    .hasMessage("too many MIME parts (more than 500)");
        }

        @Test
        void nestingDeeperThanTheLimitIsRejected() throws Exception {
            assertThat(parser.parse(nestedMultiparts(20)).body()).isEqualTo("deepest");
            assertThatThrownBy(() -> parser.parse(nestedMultiparts(21)))
                    .isInstanceOf(MalformedMailException.class)
                    .hasMessage("nested too deeply (more than 20 levels)");
        }

        @Test
        void messagesForwardedInsideEachOtherCountAsNesting() throws Exception {
            assertThat(parser.parse(nestedMessages(20)).body()).endsWith("deepest");
            assertThatThrownBy(() -> parser.parse(nestedMessages(21)))
                    .hasMessage("nested too deeply (more than 20 levels)");
        }

        @Test
        void moreHeaderFieldsThanTheLimitAreRejectedInTheMessageAndInItsParts() throws Exception {
            String thousand = "X-Spam: yes\n".repeat(999);

            assertThat(parser.parse(bytes(thousand + "Subject: ok\n\nx")).subject()).isEqualTo("ok");
            assertThatThrownBy(() -> parser.parse(bytes(thousand + "Subject: one more\nX-Last: 1\n\nx")))
                    .hasMessage("too many header fields (more than 1000)");
            assertThatThrownBy(() -> parser.parse(bytes("Content-Type: multipart/mixed; boundary=b\n\n--b\n"
                    + "X-Part: 1\n".repeat(1001) + "\ntext\n--b--\n")))
                    .hasMessage("too many header fields (more than 1000)");
        }

        @Test
        void headerFieldLongerThanTheLimitIsRejected() throws Exception {
            String longest = "Subject: " + "a".repeat(100_000 - "Subject: ".length());

            assertThat(parser.parse(bytes(longest + "\n\nx")).subject()).hasSize(100_000 - "Subject: ".length());
            assertThatThrownBy(() -> parser.parse(bytes(longest + "a\n\nx")))
                    .hasMessage("header field too long (100001 characters, limit 100000)");
            // Folding does not hide the length.
            assertThatThrownBy(() -> parser.parse(bytes("Subject: start\n" + " folded line\n".repeat(10_000) + "\nx")))
                    .hasMessageStartingWith("header field too long");
        }

        private static byte[] multipart(int parts) {
            StringBuilder mail = new StringBuilder("Content-Type: multipart/mixed; boundary=b\n\n");
            for (int i = 1; i <= parts; i++) {
                mail.append("--b\nContent-Type: text/plain\n\npart ").append(i).append('\n');
            }
            return bytes(mail.append("--b--\n").toString());
        }

        /** A message whose body part is nested {@code levels} multiparts below the top level. */
        private static byte[] nestedMultiparts(int levels) {
            StringBuilder mail = new StringBuilder("Content-Type: multipart/mixed; boundary=b0\n\n");
            for (int level = 1; level < levels; level++) {
                mail.append("--b").append(level - 1).append('\n')
                        .append("Content-Type: multipart/mixed; boundary=b").append(level).append("\n\n");
            }
            mail.append("--b").append(levels - 1).append("\nContent-Type: text/plain\n\ndeepest\n");
            for (int level = levels - 1; level >= 0; level--) {
                mail.append("--b").append(level).append("--\n");
            }
            return bytes(mail.toString());
        }

        /** Each message forwards the next as message/rfc822, {@code levels} deep. */
        private static byte[] nestedMessages(int levels) {
            String mail = "Subject: level " + levels + "\n\ndeepest\n";
            for (int level = levels - 1; level >= 0; level--) {
                mail = "Subject: level " + level + "\nContent-Type: message/rfc822\n\n" + mail;
            }
            return bytes(mail);
        }
    }

    private ParsedMail parse(String mail) throws MalformedMailException {
        return parser.parse(bytes(mail));
    }

    private static byte[] bytes(String mail) {
        return mail.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = MailParserTests.class.getResourceAsStream("/mail/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return in.readAllBytes();
        }
    }
}
