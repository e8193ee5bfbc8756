package dev.servicedesk.servicedesk;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The address pattern of the optional Service Desk mailbox, GitLab's {@code service_desk_email.address},
 * e.g. {@code contact+%{key}@example.com}. Only with it do custom-suffix addresses
 * ({@code <slug>-<suffix>}) exist. The mailbox's other keys belong to the inbound module.
 * Built by {@link #from(Environment)} with the inbound module's rule for the embedded default.
 */
public record ServiceDeskEmailProperties(String address) {

    /** What the embedded mail server answers to when no mail server is configured (see {@code InboundEmailProperties}). */
    public static final String EMBEDDED_ADDRESS = "contact+%{key}@servicedesk.localhost";

    /**
     * The configured address; without one, and without a mail server of the admin's own
     * ({@code incoming_email.host}), the embedded server's {@value #EMBEDDED_ADDRESS}, unless
     * {@code service_desk_email.enabled} is false.
     */
    public static ServiceDeskEmailProperties from(Environment environment) {
        Binder binder = Binder.get(environment);
        String address = binder.bind("servicedesk.service-desk-email.address", String.class).orElse(null);
        boolean enabled = binder.bind("servicedesk.service-desk-email.enabled", Boolean.class).orElse(true);
        boolean ownMailServer = binder.bind("servicedesk.incoming-email.host", String.class).map(host -> !host.isBlank()).orElse(false);
        if (!enabled) {
            return new ServiceDeskEmailProperties(null);
        }
        if ((address == null || address.isBlank()) && !ownMailServer) {
            return new ServiceDeskEmailProperties(EMBEDDED_ADDRESS);
        }
        return new ServiceDeskEmailProperties(address);
    }

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
