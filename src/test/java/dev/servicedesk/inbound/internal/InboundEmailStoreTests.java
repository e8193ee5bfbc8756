package dev.servicedesk.inbound.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class InboundEmailStoreTests {

    @Autowired InboundEmailStore store;
    @Autowired JdbcClient jdbc;

    @Test
    void theSameMailboxMessageIsStoredOnceWithItsRawBytes() {
        byte[] raw = "Subject: hello\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        long uid = System.nanoTime();
        Long id = store.store("incoming", 1L, uid, raw).orElseThrow();
        assertThat(store.store("incoming", 1L, uid, raw)).isEmpty();
        assertThat(store.store("incoming", 2L, uid, raw)).isPresent();
        byte[] kept = jdbc.sql("select raw from inbound_emails where id = ?").param(id).query(byte[].class).single();
        assertThat(kept).isEqualTo(raw);
        assertThat(jdbc.sql("select status from inbound_emails where id = ?").param(id).query(String.class).single())
                .isEqualTo("received");
    }
}
