package dev.servicedesk.inbound;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dev.servicedesk.Fixtures;
import dev.servicedesk.accounts.PersonalAccessTokenService;
import dev.servicedesk.accounts.UserView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** GET /api/v4/admin/inbound_emails: admin tokens only, GitLab-style pagination. */
@SpringBootTest
@AutoConfigureMockMvc
class InboundEmailAdminApiTests {

    private static final String URL = "/api/v4/admin/inbound_emails";

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PersonalAccessTokenService tokens;
    @Autowired JdbcClient jdbc;

    @Test
    void anAdminTokenListsReceivedMail() throws Exception {
        String subject = Fixtures.unique("Hello");
        long id = insert("Subject: " + subject + "\r\nMessage-ID: <x@example.com>\r\n\r\nbody", "rejected", "no such project");
        String path = "$[?(@.id == " + id + ")]";

        mvc.perform(get(URL).param("status", "rejected").param("per_page", "100").header("PRIVATE-TOKEN", token(fixtures.admin())))
                .andExpect(status().isOk())
                .andExpect(header().exists("X-Total"))
                .andExpect(header().string("X-Per-Page", "100"))
                .andExpect(jsonPath("$[*].status", everyItem(is("rejected"))))
                .andExpect(jsonPath(path + ".subject", hasItem(subject)))
                .andExpect(jsonPath(path + ".mailbox", hasItem("admin-test")))
                .andExpect(jsonPath(path + ".message_id", hasItem("<x@example.com>")))
                .andExpect(jsonPath(path + ".reason", hasItem("no such project")))
                .andExpect(jsonPath(path + ".received_at").exists())
                .andExpect(jsonPath(path + ".project").exists())
                .andExpect(jsonPath(path + ".issue_iid").exists());
    }

    @Test
    void aBadStatusIsRefused() throws Exception {
        mvc.perform(get(URL).param("status", "nonsense").header("PRIVATE-TOKEN", token(fixtures.admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aNonAdminTokenIsForbiddenAndNoTokenUnauthorized() throws Exception {
        mvc.perform(get(URL).header("PRIVATE-TOKEN", token(fixtures.user("plain"))))
                .andExpect(status().isForbidden());
        mvc.perform(get(URL)).andExpect(status().isUnauthorized());
    }

    private String token(UserView user) {
        return tokens.create(Fixtures.actor(user), user.id(), "t", Set.of("api"), null).secret();
    }

    private long insert(String raw, String status, String reason) {
        byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
        // message_id is set by the pipeline in real life; here directly, as the worker never sees the row.
        return jdbc.sql("""
                        insert into inbound_emails (mailbox, sha256, raw, size, status, reason, message_id)
                        values ('admin-test', repeat('0', 64), :raw, :size, :status, :reason, '<x@example.com>') returning id""")
                .param("raw", bytes).param("size", bytes.length).param("status", status).param("reason", reason)
                .query(Long.class).single();
    }
}
