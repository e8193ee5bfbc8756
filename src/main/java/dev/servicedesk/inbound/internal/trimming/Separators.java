package dev.servicedesk.inbound.internal.trimming;

import java.util.regex.Pattern;

/**
 * Lines after which nothing of the writer's own follows: the signature delimiter (RFC 3676 section
 * 4.3 says "-- ", but clients and editors often drop the space), rules that Outlook and webmail put
 * above a quoted mail or a footer, and the named separators of quoted and forwarded mail.
 */
final class Separators {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    // Dashes, underscores, equals, stars, hashes, tildes, pluses, typographic dashes, middle dots
    // and box-drawing lines: whatever a client or a person draws a rule with. Not the bullet "•",
    // which on a line of its own is more often an empty list item.
    private static final String RULE_CHARS = "-_=*#~+\\u00b7\\u1427\\u2010-\\u2015\\u2027\\u2219\\u2500\\u2501"
            + "\\u2e3a\\u2e3b\\u30fb";
    private static final Pattern RULE = Pattern.compile(
            "^\\s*[" + RULE_CHARS + "](?:[" + RULE_CHARS + "\\s]*[" + RULE_CHARS + "])?\\s*$");
    private static final Pattern NAMED = Pattern.compile("^[\\s\\-_=*]*(?:original message|ursprüngliche nachricht"
            + "|originalnachricht|mensaje original|message d'origine|message original|messaggio originale"
            + "|mensagem original|oorspronkelijk bericht|origineel bericht|ursprungligt meddelande"
            + "|opprinnelig melding|original meddelelse|alkuperäinen viesti|wiadomość oryginalna"
            + "|oryginalna wiadomość|исходное сообщение|původní zpráva|forwarded message|begin forwarded message"
            + "|weitergeleitete nachricht|message transféré|mensaje reenviado|messaggio inoltrato"
            + "|doorgestuurd bericht|vidarebefordrat meddelande)\\s*:?[\\s\\-_=*]*$", FLAGS);

    private Separators() {
    }

    static boolean isSeparator(String line) {
        return RULE.matcher(line).matches() || NAMED.matcher(line).matches();
    }
}
