package dev.servicedesk.servicedesk.internal;

import dev.servicedesk.servicedesk.ServiceDeskEmailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

@Configuration(proxyBeanMethods = false)
class ServiceDeskEmailConfiguration {

    @Bean
    ServiceDeskEmailProperties serviceDeskEmailProperties(Environment environment) {
        return ServiceDeskEmailProperties.from(environment);
    }
}
