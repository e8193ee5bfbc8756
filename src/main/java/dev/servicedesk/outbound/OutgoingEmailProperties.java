package dev.servicedesk.outbound;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code servicedesk.outgoing_email.*}: how mail to customers is sent. The SMTP server itself is
 * Spring's {@code spring.mail.*} (the embedded mail server when nothing is configured).
 *
 * @param from                  the sender address of every mail (GitLab's {@code gitlab.email_from});
 *                              the display name is the project's outgoing name
 * @param maxAttempts           tries per mail before it is marked failed (temporary SMTP errors)
 * @param perRecipientHourlyLimit mails about one issue to one recipient per hour; more are held back
 *                              (MAIL_SAFETY item 11: stops a ping-pong with an auto-responder)
 * @param systemHeader          text for {@code %{SYSTEM_HEADER}}
 * @param systemFooter          text for {@code %{SYSTEM_FOOTER}}
 * @param additionalText        text for {@code %{ADDITIONAL_TEXT}}
 * @param poll                  how often the outbox is looked at besides the wake-up after each commit
 */
@Validated
@ConfigurationProperties("servicedesk.outgoing-email")
public record OutgoingEmailProperties(
        @DefaultValue("support@servicedesk.localhost") @NotBlank @Email String from,
        @DefaultValue("8") @Min(1) int maxAttempts,
        @DefaultValue("20") @Min(1) int perRecipientHourlyLimit,
        @DefaultValue("") String systemHeader,
        @DefaultValue("") String systemFooter,
        @DefaultValue("") String additionalText,
        @DefaultValue("5s") Duration poll) {

    /** The domain of the sender address, used for our Message-IDs. */
    public String domain() {
        return from.substring(from.indexOf('@') + 1);
    }
}
