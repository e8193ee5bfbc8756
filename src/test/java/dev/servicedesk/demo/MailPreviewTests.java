package dev.servicedesk.demo;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import dev.servicedesk.Fixtures;
import dev.servicedesk.platform.EmbeddedMailServer;
import dev.servicedesk.web.SignedIn;
import jakarta.mail.Address;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin area's mail preview over mail really sent to the embedded SMTP server. */
@SpringBootTest
@AutoConfigureMockMvc
class MailPreviewTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired EmbeddedMailServer mailServer;

    @Test
    void anAdminSeesEveryMailAndReadsItAsSanitisedHtmlTextAndRawSource() throws Exception {
        String subject = Fixtures.unique("Your request");
        String to = Fixtures.unique("carla") + "@example.com";
        send(to, """
                From: Support <support@servicedesk.localhost>
                To: %s
                Subject: %s
                X-Preview-Test: yes
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=UTF-8

                Thanks, we got it.
                --b
                Content-Type: text/html; charset=UTF-8

                <p>Thanks, <b>we got it</b>.</p><script>alert(1)</script><img src="x" onerror="alert(2)">
                --b--
                """.formatted(to, subject));

        String list = mvc.perform(get("/admin/mail_preview").with(signedIn.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString(to)))
                .andExpect(content().string(containsString("support@servicedesk.localhost")))
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher href = java.util.regex.Pattern
                .compile("href=\"(/admin/mail_preview/message\\?[^\"]+)\"[^>]*>" + java.util.regex.Pattern.quote(subject) + "<")
                .matcher(list);
        org.assertj.core.api.Assertions.assertThat(href.find()).as(list).isTrue();
        String link = href.group(1).replace("&amp;", "&");

        mvc.perform(get(java.net.URI.create(link)).with(signedIn.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Thanks, <b>we got it</b>.")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString("onerror=\"alert"))))
                .andExpect(content().string(containsString("Thanks, we got it.")))
                .andExpect(content().string(containsString("X-Preview-Test: yes")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void theAdminAreaLinksToIt() throws Exception {
        mvc.perform(get("/admin").with(signedIn.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/mail_preview\"")));
    }

    @Test
    void aNonAdminGetsNotFound() throws Exception {
        var member = fixtures.user("member");
        mvc.perform(get("/admin/mail_preview").with(signedIn.as(member)).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/mail_preview/message").param("mailbox", "incoming@servicedesk.localhost").param("uid", "1")
                        .with(signedIn.as(member)).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anUnknownMailIsNotFound() throws Exception {
        mvc.perform(get("/admin/mail_preview/message").param("mailbox", "nobody@example.com").param("uid", "1")
                        .with(signedIn.as(fixtures.admin())).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    private void send(String to, String raw) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", mailServer.host());
        properties.put("mail.smtp.port", Integer.toString(mailServer.smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
        Transport.send(message, new Address[] {new InternetAddress(to)});
    }
}
