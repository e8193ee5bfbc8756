package dev.servicedesk.inbound.internal.trimming;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds attribution lines ("On <date>, <name> wrote:") in the languages mail clients localise
 * them into. Clients wrap long attributions at 72-78 columns, often right before the address or
 * the verb ("... Jeff Atwood &lt;info@example.org&gt;" / "wrote:"), so a header may span a few
 * lines; those are found from the line that ends it, looking back for the line that starts it.
 */
final class QuoteHeaders {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** "wrote" as Gmail, Apple Mail, Outlook, Thunderbird and webmail clients translate it. */
    private static final String WROTE = "(?<!\\p{L})(?:wrote|writes|schrieb|schreef|geschreven"
            + "|a écrit|a ecrit|escribió|escribio|escreveu|ha scritto|scrisse|skrev|skriver|kirjoitti"
            + "|napisał\\(a\\)|napisała|napisał|napisal|napsal\\(a\\)|napsal|написал\\(а\\)|написала"
            + "|написал|написав|пишет|пише|yazdı|írta|έγραψε|写道|寫道)(?!\\p{L})";

    private static final Pattern ENDS_WITH_WROTE = Pattern.compile(WROTE + "\\s*[:：]?$", FLAGS);
    private static final Pattern CONTAINS_WROTE = Pattern.compile(WROTE, FLAGS);
    private static final Pattern TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}");
    /** Every client puts a date, a time or an address into the attribution; prose rarely ends like one. */
    private static final Pattern DATE_TIME_OR_ADDRESS = Pattern.compile(
            "\\d{1,2}[:.]\\d{2}|(?<!\\d)(?:19|20)\\d{2}(?!\\d)|@");
    /** Older Gmail: "2016-10-24 15:36 GMT+02:00 Name &lt;address&gt;:", with no verb at all. */
    private static final Pattern GMAIL_DATE_FIRST = Pattern.compile(
            "^\\d{4}[-/]\\d{1,2}[-/]\\d{1,2}(?: \\d{1,2}:\\d{2}(?: GMT[+-]\\d{1,2}:?\\d{2})?)? [^:]+?\\s*:?$");
    private static final Pattern ANGLE_ADDRESS = Pattern.compile("<\\s*[^<>\\s]+@[^<>\\s]+>");
    private static final Pattern GMT = Pattern.compile(" GMT[+-]\\d");
    /** How attributions begin: an "On"-word and a date, a date, or a weekday and a date. */
    private static final Pattern STRONG_START = Pattern.compile(
            "^(?:(?:on|am|le|el|em|il|op|den|dnia|w dniu|at|på|dne|в|у|στις|在)\\s.*\\d"
                    + "|\\d{1,4}[\\s./-]|\\p{L}+,\\s*\\d)", FLAGS);
    private static final Pattern ENDS_SENTENCE = Pattern.compile("\\p{L}{2,}[.!?]$");
    private static final Pattern DECORATION = Pattern.compile("^[-*\\s]+|[-*\\s]+$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** A wrapped attribution whose last piece the client quoted: "&gt; wrote:" or "&gt;:". */
    private static final Pattern QUOTED_ENDING = Pattern.compile("^\\s*>\\s*(?:" + WROTE + ")?\\s*[:：]$", FLAGS);
    private static final int MAX_LINES = 6;
    private static final int MAX_LENGTH = 300;

    private QuoteHeaders() {
    }

    /** Marks every line that belongs to an attribution. */
    static boolean[] find(List<String> lines) {
        boolean[] header = new boolean[lines.size()];
        for (int end = 0; end < lines.size(); end++) {
            int start = startOfWrappedHeader(lines, header, end);
            for (int i = start; i >= 0 && i <= end; i++) {
                header[i] = true;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (!header[i] && !Quotes.isQuoted(lines.get(i)) && isHeader(lines.get(i))) {
                header[i] = true;
            }
        }
        return header;
    }

    /** The attribution's first line for one that ends at {@code end} over several lines, or -1. */
    private static int startOfWrappedHeader(List<String> lines, boolean[] header, int end) {
        String last = lines.get(end).strip();
        boolean quotedEnding = QUOTED_ENDING.matcher(last).find();
        if (last.isEmpty() || (Quotes.isQuoted(last) && !quotedEnding) || !(last.endsWith(":")
                || last.endsWith("：") || ENDS_WITH_WROTE.matcher(decorationStripped(last)).find())) {
            return -1;
        }
        int earliest = Math.max(0, end - MAX_LINES + 1);
        for (int start = earliest; start < end; start++) {
            if (STRONG_START.matcher(decorationStripped(lines.get(start))).find()
                    && canJoin(lines, header, start, end) && isHeader(joined(lines, start, end))) {
                return start;
            }
        }
        // No line that opens like a date: take the nearest one that makes a header ("Name <address>" / "wrote:").
        for (int start = end - 1; start >= earliest; start--) {
            if (lines.get(start).contains("@") && canJoin(lines, header, start, end)
                    && isHeader(joined(lines, start, end))) {
                return start;
            }
        }
        return -1;
    }

    /** Lines before the last one must be unquoted pieces, not sentences or headers of their own. */
    private static boolean canJoin(List<String> lines, boolean[] header, int start, int end) {
        if (lines.get(start).isBlank()) {
            return false;
        }
        for (int i = start; i < end; i++) {
            String line = lines.get(i).strip();
            if (header[i] || Quotes.isQuoted(line) || line.endsWith(":")
                    || ENDS_WITH_WROTE.matcher(line).find() || (i > start && ENDS_SENTENCE.matcher(line).find())) {
                return false;
            }
        }
        return true;
    }

    private static String joined(List<String> lines, int start, int end) {
        StringBuilder text = new StringBuilder();
        for (int i = start; i <= end; i++) {
            String line = lines.get(i).strip();
            if (i == end && i > start && line.startsWith(">")) {
                line = line.substring(1);
            }
            text.append(line).append(' ');
        }
        return text.toString();
    }

    private static boolean isHeader(String line) {
        if (line.length() > 2 * MAX_LENGTH) {
            return false;
        }
        String text = WHITESPACE.matcher(decorationStripped(line)).replaceAll(" ");
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return false;
        }
        if (GMAIL_DATE_FIRST.matcher(text).find()
                && (ANGLE_ADDRESS.matcher(text).find() || GMT.matcher(text).find())) {
            return true;
        }
        if (!DATE_TIME_OR_ADDRESS.matcher(text).find()) {
            return false;
        }
        return ENDS_WITH_WROTE.matcher(text).find()
                || (CONTAINS_WROTE.matcher(text).find() && (text.endsWith(":") || text.endsWith("："))
                        && TIME.matcher(text).find());
    }

    /** Zoho writes "---- On ... wrote ----"; some clients bold the whole line. */
    private static String decorationStripped(String line) {
        return DECORATION.matcher(line).replaceAll("");
    }
}
