package dev.servicedesk.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** Shared by the background workers (stored mail, the outbox): how they let their threads finish. */
public final class BackgroundThreads {

    private static final long FINISH_SECONDS = 10;

    private BackgroundThreads() {
    }

    /** No new work, then up to ten seconds for the work in hand (the workers stop after the mail they hold). */
    public static void stop(ExecutorService executor) {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            executor.awaitTermination(FINISH_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
