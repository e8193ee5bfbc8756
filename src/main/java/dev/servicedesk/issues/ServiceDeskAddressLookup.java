package dev.servicedesk.issues;

import java.util.List;

import dev.servicedesk.projects.ProjectAccess;

/**
 * The Service Desk addresses a caller may see (Reporter+ while Service Desk is on), for the
 * Service Desk issue list. Implemented by the servicedesk module, which depends on this one.
 */
public interface ServiceDeskAddressLookup {

    List<String> visibleAddresses(ProjectAccess access);

    boolean isEnabled(long projectId);
}
