package dev.servicedesk.inbound.internal.parsing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.mail.util.SharedByteArrayInputStream;

/** The few repairs a raw message needs before a MIME parser sees it. */
final class RawMessage {

    private static final Pattern HEADER_FIELD = Pattern.compile("^[\\x21-\\x39\\x3B-\\x7E]+[ \\t]*:.*");
    private static final int LONGEST_PEEK = 1000;

    private RawMessage() {
    }

    /**
     * Skips an mbox {@code From } envelope line (files saved from Thunderbird or mutt start with one)
     * and, when the first line is no header field at all (a bare text piped in by a script), puts a
     * blank line in front so the whole text becomes the body instead of bogus header fields. The
     * stream stays the one given, and so a view into the message, unless a line had to be added.
     */
    static InputStream normalised(InputStream raw) throws IOException {
        InputStream in = raw.markSupported() ? raw : new BufferedInputStream(raw);
        String first = peekLine(in);
        if (first.startsWith("From ")) {
            skipLine(in);
            first = peekLine(in);
        }
        if (first.isEmpty() || HEADER_FIELD.matcher(first).matches()) {
            return in;
        }
        byte[] rest = in.readAllBytes();
        byte[] withBlankLine = new byte[rest.length + 2];
        withBlankLine[0] = '\r';
        withBlankLine[1] = '\n';
        System.arraycopy(rest, 0, withBlankLine, 2, rest.length);
        return new SharedByteArrayInputStream(withBlankLine);
    }

    private static String peekLine(InputStream in) throws IOException {
        in.mark(LONGEST_PEEK + 1);
        byte[] line = new byte[LONGEST_PEEK];
        int length = 0;
        int b;
        while (length < LONGEST_PEEK && (b = in.read()) >= 0 && b != '\r' && b != '\n') {
            line[length++] = (byte) b;
        }
        in.reset();
        return new String(line, 0, length, StandardCharsets.ISO_8859_1);
    }

    private static void skipLine(InputStream in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b >= 0 && b != '\n');
    }
}
