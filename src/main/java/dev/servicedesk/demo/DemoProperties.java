package dev.servicedesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo data of the zero-configuration run.
 *
 * @param enabled seed group {@code demo}, project {@code demo/website} (Service Desk on), user
 *                {@code maintainer} and three labels on the first start of the embedded database
 */
@ConfigurationProperties("servicedesk.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled) {
}
