package dev.servicedesk.common;

import java.net.URI;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Instance-wide settings.
 *
 * @param externalUrl the URL people use to reach this instance (links in mails, the start-up log);
 *                    GitLab's {@code external_url}
 */
@Validated
@ConfigurationProperties("servicedesk")
public record InstanceProperties(@DefaultValue("http://localhost:8080") @NotNull URI externalUrl) {

    public String url(String path) {
        String base = externalUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
