package dev.servicedesk.platform;

import java.util.List;

import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Starts the embedded mail server when no mail server is configured; its first mailbox is the instance's. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoIncomingEmailHostCondition.class)
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer(EmbeddedMailProperties properties, ServiceDeskAddressProperties addresses) {
        return new EmbeddedMailServer(properties, List.of(addresses.mailbox()));
    }
}
