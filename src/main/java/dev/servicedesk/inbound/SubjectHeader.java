package dev.servicedesk.inbound;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.MimeUtility;

/**
 * The Subject of a stored raw mail, for listing only. Deliberately not the full MIME parser: a
 * listing must show broken and oversized mails too, so this reads the header block byte by byte
 * and falls back to the undecoded text (or null) instead of throwing.
 */
final class SubjectHeader {

    // Headers beyond this are not worth scanning for a list column.
    private static final int MAX_HEADER_BYTES = 64 * 1024;

    private SubjectHeader() {
    }

    static String of(byte[] raw) {
        if (raw == null) {
            return null;
        }
        // ISO-8859-1 maps every byte to one char, so 8-bit headers never fail to decode here.
        String headers = new String(raw, 0, Math.min(raw.length, MAX_HEADER_BYTES), StandardCharsets.ISO_8859_1);
        String value = null;
        for (String line : headers.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                break; // end of the header block
            }
            if (value != null) {
                if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                    value += line; // folded continuation of the Subject
                    continue;
                }
                break;
            }
            if (line.regionMatches(true, 0, "Subject:", 0, 8)) {
                value = line.substring(8);
            }
        }
        return value == null ? null : decode(value.trim());
    }

    private static String decode(String value) {
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException | RuntimeException e) {
            return value;
        }
    }
}
