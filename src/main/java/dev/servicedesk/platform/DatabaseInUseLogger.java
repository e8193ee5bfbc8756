package dev.servicedesk.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says in the log which database the application uses, so nobody has to guess. */
@Component
class DatabaseInUseLogger {

    private static final Logger log = LoggerFactory.getLogger(DatabaseInUseLogger.class);

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;

    DatabaseInUseLogger(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    @EventListener(ApplicationReadyEvent.class)
    void logDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            EmbeddedPostgresServer server = embedded.getIfAvailable();
            if (server != null) {
                log.info("Database: embedded PostgreSQL {} at {}, data kept in {}",
                        meta.getDatabaseProductVersion(), server.jdbcUrl(), server.dataDir());
            } else {
                log.info("Database: {} {} at {} (configured by spring.datasource.url)",
                        meta.getDatabaseProductName(), meta.getDatabaseProductVersion(), meta.getURL());
            }
        } catch (SQLException e) {
            log.warn("Database: not reachable at start-up: {}", e.getMessage());
        }
    }
}
