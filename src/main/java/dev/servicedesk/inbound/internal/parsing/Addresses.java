package dev.servicedesk.inbound.internal.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Address lists (RFC 5322 3.4) read with Jakarta Mail's non-strict parser, which accepts what real
 * clients send (unquoted dots and commas in names, missing brackets). Only values that look like
 * {@code local@domain} are kept; addresses are lower-cased for matching.
 */
final class Addresses {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+");
    private static final Pattern ADDRESS_IN_TEXT = Pattern.compile("[^\\s<>()\\[\\],;:\"']+@[^\\s<>()\\[\\],;:\"']+");

    record Mailbox(String address, String name) {
    }

    private Addresses() {
    }

    /** Mailboxes of an unfolded, not yet RFC 2047 decoded header value; groups are expanded. */
    static List<Mailbox> parse(String value) {
        List<Mailbox> mailboxes = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return mailboxes;
        }
        try {
            for (InternetAddress address : InternetAddress.parseHeader(EncodedWords.canonical(value), false)) {
                add(address, mailboxes);
            }
        } catch (AddressException unparseable) {
            // Unbalanced quotes or brackets: keep whatever in the value still looks like an address.
            Matcher bare = ADDRESS_IN_TEXT.matcher(value);
            while (bare.find()) {
                mailboxes.add(new Mailbox(bare.group().toLowerCase(Locale.ROOT), null));
            }
        }
        return mailboxes;
    }

    static List<String> addresses(String value) {
        return parse(value).stream().map(Mailbox::address).toList();
    }

    /** The first mailbox, or null. */
    static Mailbox first(String value) {
        List<Mailbox> mailboxes = parse(value);
        return mailboxes.isEmpty() ? null : mailboxes.get(0);
    }

    private static void add(InternetAddress address, List<Mailbox> into) throws AddressException {
        if (address.isGroup()) {
            InternetAddress[] members = address.getGroup(false);
            if (members != null) {
                for (InternetAddress member : members) {
                    add(member, into);
                }
            }
            return;
        }
        String email = address.getAddress() == null ? "" : address.getAddress().trim();
        if (!ADDRESS.matcher(email).matches()) {
            // The non-strict parser keeps a stray bracket of "a@x, <b@y" in the address.
            Matcher inside = ADDRESS_IN_TEXT.matcher(email);
            if (!inside.find()) {
                return;
            }
            email = inside.group();
        }
        into.add(new Mailbox(email.toLowerCase(Locale.ROOT), name(address)));
    }

    private static String name(InternetAddress address) {
        String personal = EncodedWords.decode(address.getPersonal());
        return personal == null || personal.isBlank() ? null : personal.replace("\u0000", "").trim();
    }
}
