package dev.servicedesk.servicedesk.internal;

import java.util.List;

import dev.servicedesk.issues.ServiceDeskAddressLookup;
import dev.servicedesk.projects.ProjectAccess;
import dev.servicedesk.servicedesk.ServiceDeskService;
import org.springframework.stereotype.Component;

/** Hands the issues module the addresses it may show, without it depending on this module. */
@Component
class ServiceDeskAddressAdapter implements ServiceDeskAddressLookup {

    private final ServiceDeskService serviceDesk;

    ServiceDeskAddressAdapter(ServiceDeskService serviceDesk) {
        this.serviceDesk = serviceDesk;
    }

    @Override
    public List<String> visibleAddresses(ProjectAccess access) {
        return serviceDesk.visibleAddresses(access);
    }

    @Override
    public boolean isEnabled(long projectId) {
        return serviceDesk.isEnabled(projectId);
    }
}
