package dev.servicedesk.platform;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@code spring.datasource.url} set, the application uses that database and starts nothing embedded. */
@SpringBootTest
class ConfiguredDataSourceTests {

    // Stands in for the admin's own PostgreSQL server; zonky stops it at JVM exit.
    private static final EmbeddedPostgres EXTERNAL = startExternal();

    @DynamicPropertySource
    static void pointAtTheExternalServer(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
    }

    @Autowired ApplicationContext context;
    @Autowired DataSource dataSource;
    @Autowired JdbcClient jdbc;

    @Test
    void theConfiguredDatabaseIsUsedAndMigratedAndNothingEmbeddedStarts() throws Exception {
        assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getURL()).contains(":" + EXTERNAL.getPort() + "/postgres");
        }
        assertThat(jdbc.sql("select username from users where bot").query(String.class).list()).containsExactly("support-bot");
    }

    private static EmbeddedPostgres startExternal() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
