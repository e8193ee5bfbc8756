package dev.servicedesk.api.internal;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * GitLab clients send {@code /projects/demo%2Fwebsite}. Tomcat rejects an encoded slash in a path
 * by default; passing it through keeps it one path segment, which Spring decodes into the
 * {@code :id} variable.
 */
@Configuration(proxyBeanMethods = false)
class TomcatEncodedSlashConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> passEncodedSlashesThrough() {
        return factory -> factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
    }
}
