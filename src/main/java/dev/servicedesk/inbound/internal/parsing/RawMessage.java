package dev.servicedesk.inbound.internal.parsing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/** The few repairs a raw message needs before a MIME parser sees it. */
final class RawMessage {

    private static final Pattern HEADER_FIELD = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*");
    private static final byte[] BLANK_LINE = "\r\n".getBytes(StandardCharsets.US_ASCII);

    private RawMessage() {
    }

    /**
     * Drops an mbox {@code From } envelope line (files saved from Thunderbird or mutt start with one)
     * and, when the first line is no header field at all (a bare text piped in by a script), puts a
     * blank line in front so the whole text becomes the body instead of bogus header fields.
     */
    static byte[] normalised(byte[] raw) {
        int start = 0;
        String first = lineAt(raw, start);
        if (first.startsWith("From ")) {
            start = next(raw, start);
            first = lineAt(raw, start);
        }
        if (first.isEmpty() || HEADER_FIELD.matcher(first).matches()) {
            return start == 0 ? raw : Arrays.copyOfRange(raw, start, raw.length);
        }
        byte[] withBlankLine = new byte[BLANK_LINE.length + raw.length - start];
        System.arraycopy(BLANK_LINE, 0, withBlankLine, 0, BLANK_LINE.length);
        System.arraycopy(raw, start, withBlankLine, BLANK_LINE.length, raw.length - start);
        return withBlankLine;
    }

    private static String lineAt(byte[] raw, int start) {
        int end = start;
        while (end < raw.length && raw[end] != '\n' && raw[end] != '\r' && end - start < 1000) {
            end++;
        }
        return new String(raw, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private static int next(byte[] raw, int start) {
        int i = start;
        while (i < raw.length && raw[i] != '\n') {
            i++;
        }
        return Math.min(i + 1, raw.length);
    }
}
