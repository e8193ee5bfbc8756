package dev.servicedesk.platform;

import com.icegreen.greenmail.mail.MailAddress;
import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.user.MessageDeliveryHandler;
import com.icegreen.greenmail.user.UserException;
import com.icegreen.greenmail.user.UserManager;

/**
 * Delivers like a real server with {@code recipient_delimiter = +}: {@code incoming+anything@host}
 * lands in the mailbox of {@code incoming@host} when that mailbox exists. Any other recipient
 * gets a mailbox of its own, with the address as login and password, so a person trying the
 * product can read what a customer receives.
 */
final class SubaddressDelivery implements MessageDeliveryHandler {

    private final UserManager users;

    SubaddressDelivery(UserManager users) {
        this.users = users;
    }

    @Override
    public GreenMailUser handle(MovingMessage message, MailAddress recipient) throws UserException {
        String address = recipient.getEmail().toLowerCase(java.util.Locale.ROOT);
        String base = withoutSubaddress(address);
        GreenMailUser owner = users.getUserByEmail(base);
        if (owner != null) {
            return owner;
        }
        GreenMailUser exact = users.getUserByEmail(address);
        return exact != null ? exact : users.createUser(address, address, address);
    }

    static String withoutSubaddress(String address) {
        int at = address.indexOf('@');
        int plus = address.indexOf('+');
        return plus > 0 && plus < at ? address.substring(0, plus) + address.substring(at) : address;
    }
}
