package dev.servicedesk.servicedesk;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code %{NAME}} placeholders, spaces inside the braces allowed ({@code %{ NAME }}); a
 * placeholder without a value is left as written, so a typo shows in the mail instead of vanishing.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("%\\{\\s*([A-Za-z_]+)\\s*}");

    private Placeholders() {
    }

    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (matcher.find()) {
            String value = values.get(matcher.group(1).toUpperCase(java.util.Locale.ROOT));
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
