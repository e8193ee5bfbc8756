package dev.servicedesk.demo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The three views of one mail: its HTML body cleaned by jsoup's relaxed safelist (no scripts, styles,
 * frames or event handlers; remote images are left to the page's Content-Security-Policy, which
 * blocks them), its plain text body and its raw source with every header.
 */
record MailContent(PreviewedMail mail, String safeHtml, String text, String raw) {

    static MailContent of(PreviewedMail mail, MimeMessage message) {
        try {
            Bodies bodies = new Bodies();
            bodies.collect(message);
            String safeHtml = bodies.html == null ? null : Jsoup.clean(bodies.html, Safelist.relaxed());
            return new MailContent(mail, safeHtml, bodies.text, raw(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The embedded mail server holds a mail it cannot read", e);
        }
    }

    private static String raw(MimeMessage message) throws MessagingException, IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        // Mail is 7-bit or declares its charsets per part; UTF-8 shows the common 8-bit case and never fails.
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The first text/html and the first text/plain part that are not attachments. */
    private static final class Bodies {
        String html;
        String text;

        void collect(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    collect(child);
                }
            } else if (part.isMimeType("text/html") && html == null) {
                html = String.valueOf(part.getContent());
            } else if (part.isMimeType("text/plain") && text == null) {
                text = String.valueOf(part.getContent());
            }
        }
    }
}
