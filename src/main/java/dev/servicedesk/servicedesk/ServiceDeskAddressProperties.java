package dev.servicedesk.servicedesk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The instance mailbox's address pattern, GitLab's {@code incoming_email.address}; {@code %{key}}
 * stands for the project key. Without a configured mail server the embedded one receives
 * {@code incoming+...@servicedesk.localhost}.
 */
@ConfigurationProperties("servicedesk.incoming-email")
public record ServiceDeskAddressProperties(@DefaultValue("incoming+%{key}@servicedesk.localhost") String address) {

    public static final String KEY_PLACEHOLDER = "%{key}";

    public ServiceDeskAddressProperties {
        if (address == null || !address.contains(KEY_PLACEHOLDER) || address.indexOf('@') < address.indexOf(KEY_PLACEHOLDER)) {
            throw new IllegalArgumentException("servicedesk.incoming_email.address must contain %{key} in the local part, e.g. incoming+%{key}@example.com");
        }
    }

    public String withKey(String key) {
        return address.replace(KEY_PLACEHOLDER, key);
    }

    /**
     * The mailbox behind the address: {@code incoming+%{key}@example.com} is delivered to
     * {@code incoming@example.com} by a server with {@code recipient_delimiter = +}.
     */
    public String mailbox() {
        String withoutKey = address.replace(KEY_PLACEHOLDER, "");
        int at = withoutKey.indexOf('@');
        String local = withoutKey.substring(0, at).replaceAll("[+\\-]+$", "");
        return (local + withoutKey.substring(at)).toLowerCase(java.util.Locale.ROOT);
    }
}
