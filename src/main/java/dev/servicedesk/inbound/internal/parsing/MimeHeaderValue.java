package dev.servicedesk.inbound.internal.parsing;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.ParameterList;
import jakarta.mail.internet.ParseException;

/**
 * A Content-Type or Content-Disposition value: its lower-cased token and parameters. Jakarta's
 * {@link ParameterList} joins RFC 2231 continuations ({@code filename*0*=}, {@code boundary*1*=})
 * and decodes their charsets; when it refuses a value (unquoted spaces or specials, as many mailers
 * write them) the parameters are split leniently, quoted, and handed to it again.
 */
record MimeHeaderValue(String token, Map<String, String> parameters) {

    private static final Pattern TOKEN = Pattern.compile("^\\s*([^\\s;]*)");
    private static final Pattern LONE_BACKSLASH = Pattern.compile("\\\\(?![\\\\\"])");
    private static final Pattern LENIENT_PARAMETER =
            Pattern.compile(";\\s*([^=;\\s]+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"?|[^;]*)");

    static MimeHeaderValue parse(String header) {
        if (header == null || header.isBlank()) {
            return new MimeHeaderValue("", Map.of());
        }
        Matcher token = TOKEN.matcher(header);
        String value = token.find() ? token.group(1).toLowerCase(Locale.ROOT) : "";
        int semicolon = header.indexOf(';');
        Map<String, String> parameters = semicolon < 0 ? Map.of() : parameters(header.substring(semicolon));
        return new MimeHeaderValue(value, parameters);
    }

    /** A parameter by lower-case name, trimmed; null when absent or blank. */
    String parameter(String name) {
        String value = parameters.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, String> parameters(String list) {
        try {
            return toMap(new ParameterList(keepLoneBackslashes(list)));
        } catch (ParseException | RuntimeException strict) {
            // RuntimeException: Jakarta Mail 2.1 throws ConcurrentModificationException for a
            // continued parameter whose first segment is plain and a later one charset-encoded.
            try {
                return toMap(new ParameterList(requoted(list)));
            } catch (ParseException | RuntimeException stillBroken) {
                return asWritten(list);
            }
        }
    }

    /** The parameters as they stand, without RFC 2231 decoding: the last resort for a mangled header. */
    private static Map<String, String> asWritten(String list) {
        Map<String, String> map = new LinkedHashMap<>();
        Matcher parameter = LENIENT_PARAMETER.matcher(list);
        while (parameter.find()) {
            map.putIfAbsent(parameter.group(1).toLowerCase(Locale.ROOT), unquoted(parameter.group(2).trim()));
        }
        return Collections.unmodifiableMap(map);
    }

    /*
     * In a quoted string a backslash escapes the next character (RFC 822 3.4.4), but Outlook and
     * Internet Explorer put unescaped Windows paths there (C:\Users\...\file.pdf). No mailer
     * escapes an ordinary character, so a backslash before anything but a quote or a backslash is
     * taken literally and the directory can be cut off later.
     */
    private static String keepLoneBackslashes(String list) {
        return LONE_BACKSLASH.matcher(list).replaceAll(Matcher.quoteReplacement("\\\\"));
    }

    private static String requoted(String list) {
        StringBuilder out = new StringBuilder();
        Matcher parameter = LENIENT_PARAMETER.matcher(list);
        while (parameter.find()) {
            String value = unquoted(parameter.group(2).trim());
            out.append("; ").append(parameter.group(1)).append("=\"")
                    .append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.toString();
    }

    private static String unquoted(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        String inner = value.substring(1, value.endsWith("\"") && value.length() > 1 ? value.length() - 1 : value.length());
        return inner.replace("\\\"", "\"").replace("\\\\", "\\");
    }

    private static Map<String, String> toMap(ParameterList list) {
        Map<String, String> map = new LinkedHashMap<>();
        Enumeration<String> names = list.getNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            map.putIfAbsent(name.toLowerCase(Locale.ROOT), list.get(name));
        }
        return Collections.unmodifiableMap(map);
    }
}
