package org.hisops.db.postgres.embedded.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polling instead of sleeping a fixed time: replication is asynchronous, and CI machines are slow or busy. */
final class Eventually {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private Eventually() {
    }

    /** Waits until {@code condition} holds, failing with {@code what} after {@link #PATIENCE}. */
    static void await(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (Boolean.TRUE.equals(condition.call())) {
                    return;
                }
            } catch (Exception e) {
                last = e; // e.g. a standby still starting up
            }
            Thread.sleep(100);
        }
        fail("not within " + PATIENCE.toSeconds() + " s: " + what + (last == null ? "" : " (last error: " + last + ")"));
    }
}
