package dev.servicedesk.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses as people below Reporter see them, GitLab's "deform" rule: the first two
 * characters of the local part, the first character of the domain and of the top-level domain,
 * each followed by a fixed number of stars so that the length gives nothing away:
 * {@code user@example.com} becomes {@code us*****@e*****.c**}.
 */
public final class EmailMask {

    private static final String STARS = "*****";
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'!#$&*/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?");

    private EmailMask() {
    }

    /** One address masked; anything without an {@code @} becomes stars only. Null stays null. */
    public static String mask(String email) {
        if (email == null) {
            return null;
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return STARS;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        String host = dot < 0 ? domain : domain.substring(0, dot);
        String tld = dot < 0 ? "" : domain.substring(dot + 1);
        StringBuilder masked = new StringBuilder(first(local, 2)).append(STARS).append('@').append(first(host, 1)).append(STARS);
        if (dot >= 0) {
            masked.append('.').append(first(tld, 1)).append("**");
        }
        return masked.toString();
    }

    /** Every address in a text masked, the rest left as it is (system notes such as "added a@x.com"). */
    public static String maskAll(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = ADDRESS.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(mask(matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static String first(String part, int count) {
        return part.substring(0, Math.min(count, part.length()));
    }
}
