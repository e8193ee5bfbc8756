package dev.servicedesk.inbound.internal.parsing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.mail.Header;

/**
 * One header block (of the message or of a part): names lower-cased, values unfolded (RFC 5322
 * 2.2.3), raw 8-bit bytes read as UTF-8 (RFC 6532) or else windows-1252. Values stay RFC 2047
 * encoded until asked for {@link #decoded(String)}, because structured fields (addresses, MIME
 * parameters) must be split before their words are decoded.
 */
final class HeaderFields {

    /** RFC 5322 2.2: a field name is printable US-ASCII except the colon. */
    private static final Pattern FIELD_NAME = Pattern.compile("[\\x21-\\x39\\x3B-\\x7E]+");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])|\\r(?=[ \\t])");
    private static final Pattern STRAY_LINE_BREAK = Pattern.compile("[\\r\\n]+");

    record Field(String name, String value) {
    }

    private final List<Field> fields;

    private HeaderFields(List<Field> fields) {
        this.fields = fields;
    }

    static HeaderFields of(Enumeration<Header> headers) {
        List<Field> fields = new ArrayList<>();
        while (headers.hasMoreElements()) {
            Header header = headers.nextElement();
            String name = header.getName();
            // Lines without a colon end up here as "names"; they are not header fields.
            if (name != null && FIELD_NAME.matcher(name).matches()) {
                fields.add(new Field(name.toLowerCase(Locale.ROOT), clean(header.getValue())));
            }
        }
        return new HeaderFields(List.copyOf(fields));
    }

    static HeaderFields empty() {
        return new HeaderFields(List.of());
    }

    /** The first value, unfolded but not RFC 2047 decoded; null when absent. */
    String first(String name) {
        for (Field field : fields) {
            if (field.name().equals(name)) {
                return field.value();
            }
        }
        return null;
    }

    List<String> all(String name) {
        List<String> values = new ArrayList<>();
        for (Field field : fields) {
            if (field.name().equals(name)) {
                values.add(field.value());
            }
        }
        return values;
    }

    /** The first value with RFC 2047 encoded words decoded, trimmed; null when absent. */
    String decoded(String name) {
        String value = first(name);
        return value == null ? null : EncodedWords.decode(value).trim();
    }

    /** Every field, RFC 2047 decoded, grouped by name in the order names first appear. */
    Map<String, List<String>> decodedMap() {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Field field : fields) {
            map.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(EncodedWords.decode(field.value()).trim());
        }
        return map;
    }

    /*
     * Jakarta Mail reads header lines as ISO-8859-1, one char per byte, so the original bytes can
     * be recovered and decoded properly: RFC 6532 allows UTF-8 in headers, and older clients send
     * their local charset unlabelled.
     */
    private static String clean(String latin1) {
        if (latin1 == null) {
            return "";
        }
        String value = latin1;
        if (hasEightBit(value)) {
            value = Charsets.decodeUndeclared(value.getBytes(StandardCharsets.ISO_8859_1));
        }
        value = FOLD.matcher(value).replaceAll("");
        value = STRAY_LINE_BREAK.matcher(value).replaceAll(" ");
        return value.replace("\u0000", "").trim();
    }

    private static boolean hasEightBit(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0x7F) {
                return true;
            }
        }
        return false;
    }
}
