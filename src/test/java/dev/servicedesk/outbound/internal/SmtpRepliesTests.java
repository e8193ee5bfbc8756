package dev.servicedesk.outbound.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class SmtpRepliesTests {

    @Test
    void aRecipientRefusedWith550IsPermanent() throws Exception {
        SMTPAddressFailedException refused = new SMTPAddressFailedException(new InternetAddress("gone@example.com"), "RCPT TO", 550,
                "550 5.1.1 no such user");
        SMTPSendFailedException send = new SMTPSendFailedException("RCPT TO", 550, "Invalid Addresses", refused, null, null, null);
        MailSendException wrapped = new MailSendException("failed", send);

        assertThat(SmtpReplies.isPermanent(wrapped)).isTrue();
        assertThat(SmtpReplies.replyCode(wrapped)).isEqualTo(550);
        assertThat(SmtpReplies.describe(wrapped)).contains("550").contains("no such user");
    }

    @Test
    void aGreylisting451AndAConnectionFailureAreWorthAnotherTry() throws Exception {
        SMTPAddressFailedException later = new SMTPAddressFailedException(new InternetAddress("busy@example.com"), "RCPT TO", 451,
                "451 4.7.1 greylisted, try again");
        assertThat(SmtpReplies.isPermanent(new MailSendException("failed", later))).isFalse();
        MessagingException refused = new MessagingException("Could not connect to SMTP host", new java.net.ConnectException("Connection refused"));
        assertThat(SmtpReplies.isPermanent(refused)).isFalse();
        assertThat(SmtpReplies.describe(refused)).contains("Connection refused");
    }
}
