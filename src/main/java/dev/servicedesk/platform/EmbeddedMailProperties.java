package dev.servicedesk.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded SMTP + IMAP server that stands in for the instance mailbox when no
 * {@code servicedesk.incoming_email.host} is configured. Listens on 127.0.0.1 only.
 *
 * @param smtpPort 0 picks a free port (the tests do)
 * @param imapPort 0 picks a free port
 */
@Validated
@ConfigurationProperties("servicedesk.embedded.mail")
public record EmbeddedMailProperties(
        @DefaultValue("2525") @Min(0) @Max(65535) int smtpPort,
        @DefaultValue("2143") @Min(0) @Max(65535) int imapPort) {
}
