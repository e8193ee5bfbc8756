package dev.servicedesk.inbound.internal.trimming;

import java.util.regex.Pattern;

/** Quoted lines: "&gt;" as RFC 3676 and every client writes it, and Supercite's initials ("JD&gt;"). */
final class Quotes {

    // Only initials, not whole names: "Richard> ..." is more often an unquoted forward than Supercite.
    private static final Pattern QUOTED = Pattern.compile("^\\s*(?:[A-Z]{1,3})?>");

    private Quotes() {
    }

    static boolean isQuoted(String line) {
        return QUOTED.matcher(line).find();
    }
}
