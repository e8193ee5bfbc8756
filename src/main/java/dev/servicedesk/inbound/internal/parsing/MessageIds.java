package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message ids (RFC 5322 3.6.4) of Message-ID, In-Reply-To and References, without angle brackets. */
final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>]+)>");
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private MessageIds() {
    }

    /** The first id in the value; null when there is none. */
    static String first(String value) {
        List<String> ids = all(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Every id in order. Exchange and iOS join References with commas, and a few mailers drop the
     * brackets; both are read (GitLab splits them the same way).
     */
    static List<String> all(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return ids;
        }
        if (value.indexOf('<') >= 0) {
            Matcher id = BRACKETED.matcher(value);
            while (id.find()) {
                String cleaned = id.group(1).strip();
                if (!cleaned.isEmpty()) {
                    ids.add(cleaned);
                }
            }
            return ids;
        }
        for (String token : SEPARATORS.split(value.strip())) {
            if (!token.isEmpty()) {
                ids.add(token);
            }
        }
        return ids;
    }
}
