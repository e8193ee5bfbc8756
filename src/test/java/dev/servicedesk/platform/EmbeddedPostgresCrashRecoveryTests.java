package dev.servicedesk.platform;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of the JVM leaves its PostgreSQL running on the data directory. The next start
 * must find and stop it, then start normally on the same data, with nothing lost.
 */
class EmbeddedPostgresCrashRecoveryTests {

    @TempDir
    Path dataDir;

    @Test
    void aPostgresLeftRunningByAKilledJvmIsStoppedAndTheDataIsStillThere() throws Exception {
        Process child = startOrphanMaker();
        int orphanPort = awaitReady(child);
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + orphanPort + "/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create table survivors (name text)");
            statement.execute("insert into survivors values ('kept')");
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        ProcessHandle orphan = StalePostmaster.find(dataDir).orElseThrow(
                () -> new AssertionError("the killed JVM's PostgreSQL should still be running"));

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(0, dataDir, "postgres"))) {
            assertThat(orphan.isAlive()).isFalse();
            try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select name from survivors")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("kept");
            }
        }
        assertThat(StalePostmaster.find(dataDir)).isEmpty();
    }

    @Test
    void aStalePidFileFromADeadProcessIsNoObstacle() throws Exception {
        try (EmbeddedPostgresServer first = EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(0, dataDir, "app"))) {
            assertThat(first.port()).isPositive();
        }
        // A pid that surely is no postgres: this JVM.
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
        assertThat(StalePostmaster.find(dataDir)).isEmpty();
        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.acquire(new EmbeddedPostgresProperties(0, dataDir, "app"))) {
            try (Connection connection = DriverManager.getConnection(again.jdbcUrl(), "postgres", "")) {
                assertThat(connection.isValid(5)).isTrue();
            }
        }
    }

    private Process startOrphanMaker() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedPostgres.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
    }

    private static int awaitReady(Process child) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = output.readLine()) != null) {
            seen.append(line).append('\n');
            if (line.startsWith("READY ")) {
                return Integer.parseInt(line.substring(6).trim());
            }
        }
        throw new AssertionError("the child JVM ended without starting PostgreSQL:\n" + seen);
    }
}
