package dev.servicedesk.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Outgoing mail goes to the embedded mail server when neither a mail server for incoming mail
 * nor {@code spring.mail.host} is configured, so that a first run sends its thank-you mails
 * somewhere a person can read them (each recipient's mailbox, login = password = address).
 */
@Configuration(proxyBeanMethods = false)
@Conditional({NoIncomingEmailHostCondition.class, NoMailHostCondition.class})
class EmbeddedMailSenderConfiguration {

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.smtpPort());
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "10000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "30000");
        sender.getJavaMailProperties().put("mail.smtp.writetimeout", "30000");
        return sender;
    }
}
