package dev.servicedesk.outbound.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import dev.servicedesk.common.InstanceProperties;
import dev.servicedesk.outbound.MailHeaders;
import dev.servicedesk.outbound.OutgoingEmailProperties;
import dev.servicedesk.outbound.ReplyKeyService;
import dev.servicedesk.servicedesk.ServiceDeskAddressProperties;
import jakarta.activation.FileTypeMap;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.ConfigurableMimeFileTypeMap;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns a {@link MailDraft} and its reply key into the bytes we will send, headers and all (GITLAB_BEHAVIOUR.md
 * "Emails sent"): threading by In-Reply-To/References with {@code <reply-KEY@host>} last,
 * Reply-To to the reply key address, the loop and auto-reply headers, List-Id and one-click
 * List-Unsubscribe (RFC 8058).
 */
@Component
class MailComposer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final FileTypeMap FILE_TYPES = fileTypes();

    private final OutgoingEmailProperties properties;
    private final ServiceDeskAddressProperties addresses;
    private final InstanceProperties instance;
    private final Session session = Session.getInstance(new Properties());

    MailComposer(OutgoingEmailProperties properties, ServiceDeskAddressProperties addresses, InstanceProperties instance) {
        this.properties = properties;
        this.addresses = addresses;
        this.instance = instance;
    }

    /** A new Message-ID (without brackets) on our own domain. */
    String newMessageId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return "sd-" + HexFormat.of().formatHex(bytes) + "@" + properties.domain();
    }

    String unsubscribeUrl(String replyKey) {
        return instance.url("/-/sent_notifications/" + replyKey + "/unsubscribe");
    }

    byte[] compose(MailDraft mail, String replyKey, String messageId) {
        try {
            MimeMessage message = new FixedIdMimeMessage(session, "<" + messageId + ">");
            // multipart/mixed holding multipart/alternative (text, HTML), then the attachments
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8") {
                @Override
                protected FileTypeMap getDefaultFileTypeMap(MimeMessage mimeMessage) {
                    return FILE_TYPES; // Spring would read mime.types from the classpath for every mail
                }
            };
            helper.setFrom(new InternetAddress(properties.from(), mail.fromName(), "UTF-8"));
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setSentDate(new Date());
            helper.setText(mail.body().text(), mail.body().html());
            for (MailAttachment attachment : mail.attachments()) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.contentType());
            }
            threadHeaders(message, mail, replyKey);
            message.setHeader("Auto-Submitted", mail.autoSubmitted());
            message.setHeader("X-Auto-Response-Suppress", "All");
            message.setHeader(MailHeaders.LOOP, properties.domain());
            if (mail.listId() != null) {
                message.setHeader("List-Id", mail.listId());
            }
            if (replyKey != null) {
                message.setReplyTo(new InternetAddress[] {new InternetAddress(addresses.withKey(replyKey))});
                String mailto = addresses.withKey(replyKey + ReplyKeyService.UNSUBSCRIBE_SUFFIX);
                message.setHeader("List-Unsubscribe", "<" + unsubscribeUrl(replyKey) + ">, <mailto:" + mailto + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("could not compose the " + mail.kind() + " mail to " + mail.recipient(), e);
        }
    }

    private void threadHeaders(MimeMessage message, MailDraft mail, String replyKey) throws MessagingException {
        List<String> references = new ArrayList<>();
        mail.threadIds().forEach(id -> references.add("<" + id + ">"));
        if (!references.isEmpty()) {
            message.setHeader("In-Reply-To", references.get(references.size() - 1));
        }
        if (replyKey != null) {
            references.add("<reply-" + replyKey + "@" + properties.domain() + ">");
        }
        if (!references.isEmpty()) {
            // folded by Jakarta Mail when long; one id per line keeps every client happy
            message.setHeader("References", String.join("\r\n ", references));
        }
    }

    private static FileTypeMap fileTypes() {
        ConfigurableMimeFileTypeMap map = new ConfigurableMimeFileTypeMap();
        map.afterPropertiesSet();
        return map;
    }
}
