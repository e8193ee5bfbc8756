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
}
