package dev.servicedesk.inbound;

import java.nio.charset.StandardCharsets;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.UserView;
import dev.servicedesk.web.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The admin area's received mail: list, detail with the raw source as text, reprocessing; hidden from others. */
@SpringBootTest
@AutoConfigureMockMvc
class InboundEmailAdminPageTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired SignedIn signedIn;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminSeesTheListAndTheDetailWithTheRawSourceEscaped() throws Exception {
        String subject = Fixtures.unique("Hello");
        // Not 'received': the running worker must leave the row alone.
        long id = insert("Subject: " + subject + "\r\n\r\nbody <script>alert(1)</script>", "failed", "boom");
        UserView admin = fixtures.admin();

        mvc.perform(get("/admin/inbound_emails").param("status", "failed").with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Received mail")))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("href=\"/admin/inbound_emails/" + id + "\"")))
                .andExpect(content().string(containsString("boom")));

        mvc.perform(get("/admin/inbound_emails/" + id).with(signedIn.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("/admin/inbound_emails/" + id + "/reprocess")));
    }

    @Test
    void theSubjectIsDecoded() throws Exception {
        long id = insert("Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\r\nbody", "ignored", null);
        mvc.perform(get("/admin/inbound_emails/" + id).with(signedIn.as(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Grüße")))
                .andExpect(content().string(not(containsString("/reprocess"))));
    }

    @Test
    void aNonAdminGetsNotFound() throws Exception {
        long id = insert("Subject: Secret\r\n\r\nbody", "failed", "boom");
        UserView member = fixtures.user("member");
        mvc.perform(get("/admin/inbound_emails").with(signedIn.as(member)).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/inbound_emails/" + id).with(signedIn.as(member)).accept("text/html"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/inbound_emails/" + id + "/reprocess").with(signedIn.as(member)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(statusOf(id)).isEqualTo("failed");
    }

    @Test
    void reprocessSendsAFailedMailBackToTheWorker() throws Exception {
        long id = insert("Subject: Retry me\r\n\r\nbody", "failed", "boom");
        jdbc.sql("update inbound_emails set attempts = 5 where id = ?").param(id).update();

        mvc.perform(post("/admin/inbound_emails/" + id + "/reprocess").with(signedIn.as(fixtures.admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/inbound_emails/" + id))
                .andExpect(flash().attribute("notice", containsString("processed again")));

        // The worker may already have taken it again, so only "no longer failed, old reason gone" is certain.
        assertThat(statusOf(id)).isNotEqualTo("failed");
        String reason = jdbc.sql("select reason from inbound_emails where id = ?").param(id).query(String.class).optional().orElse(null);
        assertThat(reason).isNotEqualTo("boom");
    }

    @Test
    void aMailThatBecameAnIssueIsNotReprocessed() throws Exception {
        long id = insert("Subject: Done\r\n\r\nbody", "issue_created", null);
        mvc.perform(post("/admin/inbound_emails/" + id + "/reprocess").with(signedIn.as(fixtures.admin())).with(csrf()))
                .andExpect(redirectedUrl("/admin/inbound_emails/" + id))
                .andExpect(flash().attributeExists("alert"));
        assertThat(statusOf(id)).isEqualTo("issue_created");
    }

    private long insert(String raw, String status, String reason) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        return jdbc.sql("""
                        insert into inbound_emails (mailbox, sha256, raw, size, status, reason)
                        values ('admin-test', repeat('0', 64), :raw, :size, :status, :reason) returning id""")
                .param("raw", bytes).param("size", bytes.length).param("status", status).param("reason", reason)
                .query(Long.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from inbound_emails where id = ?").param(id).query(String.class).single();
    }
}
