package dev.servicedesk.servicedesk.internal;

import java.util.Locale;

import dev.servicedesk.issues.OwnAddresses;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/** The instance mailbox and every address built from its pattern (project keys, reply keys, unsubscribe). */
@Component
class ServiceDeskOwnAddresses implements OwnAddresses {

    private final ServiceDeskService serviceDesk;
    private final ServiceDeskAddressProperties addresses;

    ServiceDeskOwnAddresses(ServiceDeskService serviceDesk, ServiceDeskAddressProperties addresses) {
        this.serviceDesk = serviceDesk;
        this.addresses = addresses;
    }

    @Override
    public boolean isOwn(String email) {
        return email != null && (serviceDesk.keyOf(email).isPresent()
                || email.strip().toLowerCase(Locale.ROOT).equals(addresses.mailbox()));
    }
}
