package dev.servicedesk.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a JVM that died without its shutdown hook ({@code kill -9}).
 * {@code pg_ctl start} would refuse to start on that data directory, so it is stopped first:
 * SIGTERM is PostgreSQL's smart shutdown, which finishes at once because the dead JVM's
 * connections are gone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final long STOP_TIMEOUT_SECONDS = 60;

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> postmaster = find(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        log.warn("A PostgreSQL (pid {}) from an earlier run is still running on {}; stopping it before starting again",
                process.pid(), dataDir);
        process.destroy();
        try {
            process.onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IOException("PostgreSQL pid " + process.pid() + " on " + dataDir
                    + " did not stop within " + STOP_TIMEOUT_SECONDS + " s; stop it by hand", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for PostgreSQL pid " + process.pid() + " to stop", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e);
        }
    }

    /** The live postmaster named by {@code postmaster.pid}, if it is still a postgres process. */
    static Optional<ProcessHandle> find(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }
}
