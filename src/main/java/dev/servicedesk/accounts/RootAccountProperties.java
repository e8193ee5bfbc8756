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
 * @param token               from {@code SERVICEDESK_ROOT_TOKEN}: when set, an {@code api} access token of root
 *                            with exactly this secret exists after every start, for automation
 */
@Validated
@ConfigurationProperties("servicedesk.root")
public record RootAccountProperties(
        String password,
        @DefaultValue("./data/initial_root_password") Path initialPasswordFile,
        String token) {

    public boolean hasToken() {
        return token != null && !token.isEmpty();
    }
}
