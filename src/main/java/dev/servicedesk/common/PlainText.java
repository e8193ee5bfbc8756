package dev.servicedesk.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text for mail text parts and previews, written from sanitised HTML: blocks separated by a blank
 * line, "- " and "1. " list items (nested ones indented), "> " before quoted lines, code blocks
 * verbatim, table cells joined by " | ", a link's target in angle brackets after its text when the
 * text does not already show it (RFC 3986 appendix C), an image as its alt text. Inline formatting
 * is dropped. Walks the tree without recursion, so deep nesting cannot overflow the stack.
 */
final class PlainText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "details", "summary");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final StringBuilder out = new StringBuilder();
    private final Deque<ListLevel> lists = new ArrayDeque<>();
    private int pendingNewlines;
    private String pendingMarker;
    private boolean atLineStart = true;
    private int quoteDepth;
    private int preDepth;

    static String of(Element root) {
        PlainText text = new PlainText();
        NodeTraversor.traverse(text, root);
        return text.out.toString().stripTrailing();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            text(text.getWholeText());
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "br", "tr" -> breakLine(1);
            case "hr" -> {
                breakLine(2);
                write("---");
                breakLine(2);
            }
            case "blockquote" -> {
                breakLine(2);
                quoteDepth++;
            }
            case "pre" -> {
                breakLine(2);
                preDepth++;
            }
            case "ul", "ol" -> {
                breakLine(lists.isEmpty() ? 2 : 1);
                lists.push(new ListLevel(element.nameIs("ol"), startOf(element)));
            }
            case "li" -> {
                breakLine(1);
                pendingMarker = marker();
            }
            case "td", "th" -> {
                if (element.elementSiblingIndex() > 0) {
                    trimTrailingWhitespace();
                    write(" | ");
                }
            }
            case "img" -> write(element.attr("alt"));
            default -> {
                if (BLOCKS.contains(element.normalName())) {
                    breakLine(2);
                }
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (!(node instanceof Element element)) {
            return;
        }
        switch (element.normalName()) {
            case "blockquote" -> {
                quoteDepth--;
                breakLine(2);
            }
            case "pre" -> {
                preDepth--;
                breakLine(2);
            }
            case "ul", "ol" -> {
                lists.pop();
                breakLine(lists.isEmpty() ? 2 : 1);
            }
            case "a" -> writeTarget(element);
            default -> {
                if (BLOCKS.contains(element.normalName())) {
                    breakLine(2);
                }
            }
        }
    }

    private void text(String text) {
        if (preDepth > 0) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append('\n');
                    atLineStart = true;
                }
                write(lines[i]);
            }
            return;
        }
        String collapsed = WHITESPACE.matcher(text).replaceAll(" ");
        boolean lineStart = atLineStart || pendingNewlines > 0 || pendingMarker != null;
        write(lineStart ? collapsed.stripLeading() : collapsed);
    }

    private void writeTarget(Element link) {
        String href = link.attr("href");
        String text = link.text();
        if (href.startsWith("mailto:")) {
            String address = href.substring("mailto:".length());
            if (!address.equals(text)) {
                write(" <" + address + ">");
            }
        } else if ((href.startsWith("http://") || href.startsWith("https://"))
                && !href.equals(text) && !href.equals("http://" + text)) {
            write(" <" + href + ">");
        }
        // Relative links point into this instance and mean nothing without its URL; the text stays.
    }

    private void write(String chunk) {
        if (chunk.isEmpty()) {
            return;
        }
        if (pendingNewlines > 0) {
            trimTrailingWhitespace();
            out.append("\n".repeat(pendingNewlines));
            pendingNewlines = 0;
            atLineStart = true;
        }
        if (atLineStart) {
            out.append("> ".repeat(quoteDepth));
            atLineStart = false;
        }
        if (pendingMarker != null) {
            out.append(pendingMarker);
            pendingMarker = null;
        }
        out.append(chunk);
    }

    /** Asks for line breaks before the next text; a list marker waiting for its text keeps its line. */
    private void breakLine(int newlines) {
        if (out.length() > 0 && pendingMarker == null) {
            pendingNewlines = Math.max(pendingNewlines, newlines);
        }
    }

    private void trimTrailingWhitespace() {
        int end = out.length();
        while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        out.setLength(end);
    }

    private String marker() {
        ListLevel level = lists.peek();
        String indent = "   ".repeat(Math.max(0, lists.size() - 1));
        return indent + (level == null || !level.ordered ? "- " : (level.next++) + ". ");
    }

    private static int startOf(Element list) {
        try {
            return list.hasAttr("start") ? Integer.parseInt(list.attr("start").trim()) : 1;
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    private static final class ListLevel {
        private final boolean ordered;
        private int next;

        ListLevel(boolean ordered, int start) {
            this.ordered = ordered;
            this.next = start;
        }
    }
}
