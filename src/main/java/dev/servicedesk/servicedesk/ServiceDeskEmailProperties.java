package dev.servicedesk.servicedesk;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The address pattern of the optional Service Desk mailbox, GitLab's {@code service_desk_email.address},
 * e.g. {@code contact+%{key}@example.com}. Only with it do custom-suffix addresses
 * ({@code <slug>-<suffix>}) exist. The mailbox's other keys belong to the inbound module.
 */
@ConfigurationProperties("servicedesk.service-desk-email")
public record ServiceDeskEmailProperties(String address) {

    public ServiceDeskEmailProperties {
        address = address == null || address.isBlank() ? null : address.strip();
        if (address != null && (!address.contains(ServiceDeskAddressProperties.KEY_PLACEHOLDER)
                || address.indexOf('@') < address.indexOf(ServiceDeskAddressProperties.KEY_PLACEHOLDER))) {
            throw new IllegalArgumentException("servicedesk.service_desk_email.address must contain %{key} in the local part, e.g. contact+%{key}@example.com");
        }
    }

    public boolean configured() {
        return address != null;
    }

    public String withKey(String key) {
        return address.replace(ServiceDeskAddressProperties.KEY_PLACEHOLDER, key);
    }
}
