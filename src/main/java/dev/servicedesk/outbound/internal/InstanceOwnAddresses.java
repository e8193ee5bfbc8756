package dev.servicedesk.outbound.internal;

import java.util.Locale;

import dev.servicedesk.issues.OwnAddresses;
import dev.servicedesk.outbound.OutgoingEmailProperties;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/**
 * The one answer to "is this address ours?": the instance mailbox, every address built from a
 * Service Desk address pattern (project keys, custom suffixes, reply keys, unsubscribe) and the
 * sender address of our mail. Such an address never becomes a participant, and mail from it is
 * our own mail coming back.
 */
@Component
class InstanceOwnAddresses implements OwnAddresses {

    private final ServiceDeskService serviceDesk;
    private final ServiceDeskAddressProperties addresses;
    private final OutgoingEmailProperties outgoing;

    InstanceOwnAddresses(ServiceDeskService serviceDesk, ServiceDeskAddressProperties addresses, OutgoingEmailProperties outgoing) {
        this.serviceDesk = serviceDesk;
        this.addresses = addresses;
        this.outgoing = outgoing;
    }

    @Override
    public boolean isOwn(String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        return serviceDesk.keyOf(address).isPresent() || address.equals(addresses.mailbox())
                || address.equalsIgnoreCase(outgoing.from());
    }
}
