package dev.servicedesk.inbound;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * {@code servicedesk.incoming_email.*} (the instance mailbox) and {@code servicedesk.service_desk_email.*}
 * (an optional second mailbox for custom-suffix addresses), checked at start-up by
 * {@link dev.servicedesk.inbound.internal.MailboxSettingsValidator}.
 */
@ConfigurationProperties("servicedesk")
public record InboundEmailProperties(@NestedConfigurationProperty MailboxSettings incomingEmail,
                                     @NestedConfigurationProperty MailboxSettings serviceDeskEmail) {

    /** Read from the embedded server's {@code contact@servicedesk.localhost} when nothing else is configured. */
    public static final String EMBEDDED_SERVICE_DESK_ADDRESS = dev.servicedesk.servicedesk.ServiceDeskEmailProperties.EMBEDDED_ADDRESS;

    /**
     * Without a mail server of their own (no {@code incoming_email.host}) custom-suffix addresses work
     * out of the box: the embedded server also plays the {@code service_desk_email} mailbox, unless
     * that is configured or switched off ({@code service_desk_email.enabled: false}).
     */
    public InboundEmailProperties {
        boolean embedded = incomingEmail == null || !incomingEmail.external();
        boolean untouched = serviceDeskEmail == null || (!serviceDeskEmail.configured() && serviceDeskEmail.enabled() == null);
        if (embedded && untouched) {
            serviceDeskEmail = MailboxSettings.embedded(EMBEDDED_SERVICE_DESK_ADDRESS);
        }
    }
}
