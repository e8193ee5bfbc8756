package dev.servicedesk.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Several Spring contexts in one JVM (the
 * test suite caches a few) share it; it stops when the last one closes, or at JVM exit.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    static final String SUPERUSER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Shared> RUNNING = new HashMap<>();

    private final Shared shared;
    private final String database;
    private final boolean newDatabase;
    private boolean closed;

    private EmbeddedPostgresServer(Shared shared, String database, boolean newDatabase) {
        this.shared = shared;
        this.database = database;
        this.newDatabase = newDatabase;
    }

    static EmbeddedPostgresServer acquire(EmbeddedPostgresProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Shared shared = RUNNING.get(dataDir);
            if (shared == null) {
                shared = new Shared(dataDir, start(dataDir, properties.port()));
                RUNNING.put(dataDir, shared);
            }
            shared.users++;
            boolean created = shared.createDatabaseIfMissing(properties.database());
            return new EmbeddedPostgresServer(shared, properties.database(), created);
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.stopIfRunning(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns synchronous_commit off for speed in tests; a committed mail must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60));
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir
                    + " (is another Service Desk using this data directory, or is the port taken?)", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public int port() {
        return shared.postgres.getPort();
    }

    public Path dataDir() {
        return shared.dataDir;
    }

    /** True when this start created the database: the first start, when the demo data is seeded. */
    public boolean newDatabase() {
        return newDatabase;
    }

    @Override
    public void close() {
        synchronized (RUNNING) {
            if (closed) {
                return;
            }
            closed = true;
            if (--shared.users == 0) {
                RUNNING.remove(shared.dataDir);
                shared.stop();
            }
        }
    }

    private static final class Shared {
        final Path dataDir;
        final EmbeddedPostgres postgres;
        int users;

        Shared(Path dataDir, EmbeddedPostgres postgres) {
            this.dataDir = dataDir;
            this.postgres = postgres;
        }

        boolean createDatabaseIfMissing(String name) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                    exists.setString(1, name);
                    try (ResultSet rows = exists.executeQuery()) {
                        if (rows.next()) {
                            return false;
                        }
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + name.replace("\"", "\"\"") + "\" encoding 'UTF8'");
                }
                log.info("Created database {} in the embedded PostgreSQL", name);
                return true;
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create database " + name + " in the embedded PostgreSQL", e);
            }
        }

        void stop() {
            try {
                postgres.close();
                log.info("Embedded PostgreSQL stopped ({})", dataDir);
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly ({})", dataDir, e);
            }
        }
    }
}
