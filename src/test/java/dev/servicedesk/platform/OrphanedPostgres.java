package dev.servicedesk.platform;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Run in a child JVM by {@link EmbeddedPostgresCrashRecoveryTests}: starts PostgreSQL on a data
 * directory the way the application does, says READY, and waits to be killed with SIGKILL.
 */
public final class OrphanedPostgres {

    private OrphanedPostgres() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        System.out.println("READY " + postgres.getPort());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
