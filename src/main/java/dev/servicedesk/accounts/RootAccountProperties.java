package dev.servicedesk.accounts;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The administrator created on first start.
 *
 * @param password            from {@code SERVICEDESK_ROOT_PASSWORD}; a random one is generated when unset
 * @param initialPasswordFile where a generated password is written once (GitLab's {@code initial_root_password})
 */
@Validated
@ConfigurationProperties("servicedesk.root")
public record RootAccountProperties(
        String password,
        @DefaultValue("./data/initial_root_password") Path initialPasswordFile) {
}
