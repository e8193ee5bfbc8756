package dev.servicedesk.common;

import java.util.Locale;

/**
 * An email address as shown to people who may not see it (below Reporter): enough to tell two
 * customers apart, not enough to write to them, as GitLab's obfuscated email:
 * {@code customer@example.com} becomes {@code cu*****@e*****.c**}.
 */
public final class EmailMask {

    private static final String STARS = "*****";

    private EmailMask() {
    }

    public static String mask(String email) {
        if (email == null || email.isBlank()) {
            return "";
        }
        String address = email.strip();
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return keep(address, 2) + STARS;
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1).toLowerCase(Locale.ROOT);
        int dot = domain.lastIndexOf('.');
        String maskedDomain = dot <= 0
                ? keep(domain, 1) + STARS
                : keep(domain.substring(0, dot), 1) + STARS + "." + keep(domain.substring(dot + 1), 1) + "**";
        return keep(local, 2) + STARS + "@" + maskedDomain;
    }

    /** The first {@code count} characters, fewer for a short part so that something stays hidden. */
    private static String keep(String part, int count) {
        int kept = Math.min(count, Math.max(0, part.length() - 1));
        return part.substring(0, part.offsetByCodePoints(0, Math.min(kept, part.codePointCount(0, part.length()))));
    }
}
