package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of a mail as Markdown. The text/plain rendition is preferred (GitLab does the same, and
 * it is what the sender typed); HTML is converted only when a part has no text alternative.
 * Inline parts of a multipart/mixed are joined in order, as mail clients show them, and a
 * forwarded message/rfc822 shown inline keeps its text under a "Forwarded message" line.
 */
final class BodyExtractor {

    private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t]+(?=\\n)|[ \\t]+$");
    private static final Pattern LEADING_BLANK_LINES = Pattern.compile("^(?:[ \\t]*\\n)+");

    private final HtmlToMarkdown htmlToMarkdown;

    record Body(String markdown, List<Attachment> uuencodedFiles) {
    }

    private record Text(String markdown, boolean fromHtml) {

        static final Text NONE = new Text("", false);

        boolean isBlank() {
            return markdown.isBlank();
        }
    }

    BodyExtractor(HtmlToMarkdown htmlToMarkdown) {
        this.htmlToMarkdown = htmlToMarkdown;
    }

    Body extract(MimeNode root) {
        List<Attachment> uuencoded = new ArrayList<>();
        Text text = render(root, null, uuencoded);
        return new Body(tidy(text.markdown()), uuencoded);
    }

    private Text render(MimeNode node, MimeNode parent, List<Attachment> uuencoded) {
        if (PartRoles.isSignature(node, parent) || PartRoles.isAttachment(node, parent)) {
            return Text.NONE;
        }
        if (node.is("text/plain")) {
            UuencodedFiles.Split split = UuencodedFiles.split(plainText(node));
            uuencoded.addAll(split.files());
            return new Text(split.text(), false);
        }
        if (node.is("text/html")) {
            return new Text(htmlToMarkdown.convert(html(node)), true);
        }
        if (node.embedded() != null) {
            return forwarded(node.embedded(), uuencoded);
        }
        if (!node.isMultipart() || node.children().isEmpty()) {
            return Text.NONE;
        }
        return switch (node.type()) {
            case "multipart/alternative" -> alternative(node, uuencoded);
            // RFC 6522: the first part of a report is the human-readable explanation.
            // RFC 1847: the first part of a signed or encrypted multipart is the content.
            case "multipart/report", "multipart/signed", "multipart/encrypted" ->
                    render(node.children().get(0), node, uuencoded);
            default -> mixed(node, uuencoded);
        };
    }

    /** RFC 2046 5.1.4: the same content several times; the plain text one is taken when there is one. */
    private Text alternative(MimeNode node, List<Attachment> uuencoded) {
        Text richest = Text.NONE;
        for (MimeNode child : node.children()) {
            List<Attachment> childFiles = new ArrayList<>();
            Text text = render(child, node, childFiles);
            if (!text.isBlank() && !text.fromHtml()) {
                uuencoded.addAll(childFiles);
                return text;
            }
            if (!text.isBlank()) {
                richest = text;
            }
        }
        return richest;
    }

    /**
     * Inline parts in order. HTML parts are left out when a sibling has plain text: KMail and
     * IncrediMail put the same text as text/plain and text/html side by side in a multipart/mixed.
     */
    private Text mixed(MimeNode node, List<Attachment> uuencoded) {
        List<Text> texts = new ArrayList<>();
        for (MimeNode child : node.children()) {
            Text text = render(child, node, uuencoded);
            if (!text.isBlank()) {
                texts.add(text);
            }
        }
        boolean anyPlain = texts.stream().anyMatch(text -> !text.fromHtml());
        List<String> parts = texts.stream()
                .filter(text -> !anyPlain || !text.fromHtml())
                .map(text -> text.markdown().strip())
                .toList();
        return parts.isEmpty() ? Text.NONE : new Text(String.join("\n\n", parts), !anyPlain);
    }

    private Text forwarded(MimeNode message, List<Attachment> uuencoded) {
        StringBuilder block = new StringBuilder("---------- Forwarded message ----------\n");
        for (String field : List.of("from", "date", "subject", "to")) {
            String value = message.headers().decoded(field);
            if (value != null && !value.isEmpty()) {
                block.append(Character.toUpperCase(field.charAt(0))).append(field.substring(1))
                        .append(": ").append(value).append('\n');
            }
        }
        Text inner = render(message, null, uuencoded);
        return new Text(block.append('\n').append(inner.markdown().strip()).toString(), inner.fromHtml());
    }

    /*
     * Blanks at line ends go: in Markdown two of them would turn a line end into a hard break, and
     * in format=flowed text (RFC 3676) one marks a soft break, which Markdown makes anyway. The
     * HTML conversion keeps its own, because there they are the <br> of the mail.
     */
    private static String plainText(MimeNode node) {
        String text = unixLineEnds(Charsets.decode(node.content().bytes(), node.parameter("charset")));
        return TRAILING_BLANKS.matcher(text).replaceAll("");
    }

    private static String html(MimeNode node) {
        String charset = node.parameter("charset");
        if (charset == null) {
            charset = HtmlToMarkdown.metaCharset(node.content().bytes());
        }
        return Charsets.decode(node.content().bytes(), charset).replace("\u0000", "");
    }

    /** Unix line ends, no NUL, no byte order mark, no blank lines around. */
    private static String tidy(String text) {
        String clean = unixLineEnds(text).replace("\u0000", "").replace("\uFEFF", "");
        return LEADING_BLANK_LINES.matcher(clean).replaceFirst("").stripTrailing();
    }

    private static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
