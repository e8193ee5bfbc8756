package dev.servicedesk.inbound.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.servicedesk.inbound.InboundEmailProperties;
import dev.servicedesk.inbound.MailboxSettings;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a mailbox configuration that would silently lose mail: an address without
 * {@code %{key}} in its local part, a configured server without a password, two settings that
 * read the same mailbox.
 */
@Component
class MailboxSettingsValidator implements InitializingBean {

    private final InboundEmailProperties properties;

    MailboxSettingsValidator(InboundEmailProperties properties) {
        this.properties = properties;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> problems = new ArrayList<>();
        check("incoming_email", properties.incomingEmail(), problems);
        check("service_desk_email", properties.serviceDeskEmail(), problems);
        MailboxSettings incoming = properties.incomingEmail();
        MailboxSettings serviceDesk = properties.serviceDeskEmail();
        if (incoming != null && serviceDesk != null && incoming.readOverImap() && serviceDesk.readOverImap()
                && same(incoming, serviceDesk)) {
            problems.add("servicedesk.incoming_email and servicedesk.service_desk_email must be different mailboxes");
        }
        if (incoming != null && incoming.external() && serviceDesk != null && serviceDesk.readOverImap() && !serviceDesk.external()) {
            // The embedded server only runs when incoming_email has no host of its own.
            problems.add("servicedesk.service_desk_email.host is missing (no embedded mail server runs when incoming_email has a host)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid mail configuration:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void check(String name, MailboxSettings mailbox, List<String> problems) {
        if (mailbox == null || !mailbox.configured() || !mailbox.isEnabled()) {
            return;
        }
        String address = mailbox.address();
        int at = address.indexOf('@');
        int key = address.indexOf("%{key}");
        if (at < 0 || key < 0 || key > at) {
            problems.add("servicedesk." + name + ".address must contain %{key} in the local part, e.g. incoming+%{key}@example.com (is: " + address + ")");
        }
        if (mailbox.external() && !mailbox.webhook() && (mailbox.password() == null || mailbox.password().isBlank())) {
            problems.add("servicedesk." + name + ".password is missing for the mail server " + mailbox.host());
        }
        if (mailbox.external() && !mailbox.webhook() && (mailbox.user() == null || mailbox.user().isBlank())) {
            problems.add("servicedesk." + name + ".user is missing for the mail server " + mailbox.host());
        }
        if (mailbox.webhook() && (mailbox.secretFile() == null || mailbox.secretFile().isBlank())) {
            problems.add("servicedesk." + name + ".secret_file is required with delivery_method: webhook");
        }
    }

    private static boolean same(MailboxSettings a, MailboxSettings b) {
        String hostA = a.external() ? a.host().toLowerCase(Locale.ROOT) : "embedded";
        String hostB = b.external() ? b.host().toLowerCase(Locale.ROOT) : "embedded";
        String userA = a.external() ? String.valueOf(a.user()) : a.embeddedMailbox();
        String userB = b.external() ? String.valueOf(b.user()) : b.embeddedMailbox();
        return hostA.equals(hostB) && userA.equalsIgnoreCase(userB) && a.folder().equalsIgnoreCase(b.folder());
    }
}
