package dev.servicedesk.inbound.internal;

import java.time.Duration;

import dev.servicedesk.inbound.InboundEmailProperties;
import dev.servicedesk.inbound.MailboxSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailboxSettingsValidatorTests {

    @Test
    void theDefaultEmbeddedMailboxIsValid() {
        assertThatCode(() -> validate(mailbox("incoming+%{key}@servicedesk.localhost", null, null, null), null))
                .doesNotThrowAnyException();
    }

    @Test
    void anAddressWithoutKeyInTheLocalPartIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> validate(mailbox("incoming@example.com", null, null, null), null))
                .hasMessageContaining("servicedesk.incoming_email.address must contain %{key} in the local part");
        assertThatThrownBy(() -> validate(mailbox("incoming@%{key}.example.com", null, null, null), null))
                .hasMessageContaining("must contain %{key} in the local part");
    }

    @Test
    void aConfiguredServerWithoutPasswordIsAnErrorNotASilentFailure() {
        assertThatThrownBy(() -> validate(mailbox("incoming+%{key}@example.com", "imap.example.com", "incoming", null), null))
                .hasMessageContaining("servicedesk.incoming_email.password is missing for the mail server imap.example.com");
    }

    @Test
    void theTwoMailboxesMustDiffer() {
        MailboxSettings incoming = mailbox("incoming+%{key}@example.com", "imap.example.com", "support", "secret");
        MailboxSettings serviceDesk = mailbox("contact+%{key}@example.com", "IMAP.example.com", "support", "secret");
        assertThatThrownBy(() -> validate(incoming, serviceDesk)).hasMessageContaining("must be different mailboxes");
        assertThatCode(() -> validate(incoming, mailbox("contact+%{key}@example.com", "imap.example.com", "contact", "secret")))
                .doesNotThrowAnyException();
    }

    @Test
    void theWebhookNeedsASecretFile() {
        MailboxSettings webhook = new MailboxSettings(true, "incoming+%{key}@example.com", null, null, "mx.example.com", null,
                null, null, null, null, null, "webhook", null, null);
        assertThatThrownBy(() -> validate(webhook, null)).hasMessageContaining("secret_file is required");
    }

    @Test
    void withoutAMailServerTheEmbeddedOneAlsoPlaysTheServiceDeskMailbox() {
        InboundEmailProperties embedded = new InboundEmailProperties(mailbox("incoming+%{key}@servicedesk.localhost", null, null, null), null);
        assertThat(embedded.serviceDeskEmail().address()).isEqualTo("contact+%{key}@servicedesk.localhost");
        assertThat(embedded.serviceDeskEmail().embeddedMailbox()).isEqualTo("contact@servicedesk.localhost");
        InboundEmailProperties external = new InboundEmailProperties(mailbox("incoming+%{key}@example.com", "imap.example.com", "incoming", "secret"), null);
        assertThat(external.serviceDeskEmail()).isNull();
    }

    @Test
    void twoAddressesOfTheSameEmbeddedMailboxAreRefused() {
        MailboxSettings incoming = mailbox("incoming+%{key}@servicedesk.localhost", null, null, null);
        assertThatThrownBy(() -> validate(incoming, mailbox("incoming-%{key}@servicedesk.localhost", null, null, null)))
                .hasMessageContaining("must be different mailboxes");
    }

    @Test
    void aServiceDeskMailboxWithoutHostNextToAConfiguredServerIsRefused() {
        MailboxSettings incoming = mailbox("incoming+%{key}@example.com", "imap.example.com", "incoming", "secret");
        assertThatThrownBy(() -> validate(incoming, mailbox("contact+%{key}@example.com", null, null, null)))
                .hasMessageContaining("servicedesk.service_desk_email.host is missing");
    }

    private static void validate(MailboxSettings incoming, MailboxSettings serviceDesk) {
        new MailboxSettingsValidator(new InboundEmailProperties(incoming, serviceDesk)).afterPropertiesSet();
    }

    private static MailboxSettings mailbox(String address, String host, String user, String password) {
        return new MailboxSettings(true, address, user, password, host, 993, true, false, "INBOX", Duration.ofSeconds(60),
                false, "imap", null, null);
    }
}
