package org.hisops.db.postgres.embedded.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The postmasters this JVM started and has not stopped yet. A shutdown hook stops them, so a test that forgets
 * {@code close()} (or fails before it), or a product killed with SIGTERM before it could stop its servers, leaves
 * no PostgreSQL running after the JVM ends.
 * <p>
 * The hook first asks for a fast shutdown (SIGINT: sessions are ended and a shutdown checkpoint leaves the cluster
 * clean, so a kept cluster starts next time without crash recovery), waits up to {@link #GRACE}, and only then
 * kills what is left with its backends (SIGKILL). It runs while the OSGi framework may already be gone, so it uses
 * only JDK classes and this class.
 */
public final class LeftoverServers {

    /** How long the hook waits for fast shutdowns before it kills. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();
    private static volatile boolean hooked;

    private LeftoverServers() {
    }

    /** Remembers a started postmaster until {@link #forget(Process)}. */
    public static void remember(Process postmaster) {
        hook();
        RUNNING.add(postmaster);
    }

    /** The postmaster has been stopped or killed. */
    public static void forget(Process postmaster) {
        RUNNING.remove(postmaster);
    }

    private static synchronized void hook() {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(LeftoverServers::killAll, "hisops-postgres-reaper"));
            hooked = true;
        }
    }

    /**
     * Stops every remembered postmaster: a fast shutdown first, SIGKILL for it and its children after
     * {@link #GRACE}.
     */
    public static void killAll() {
        Process[] postmasters = RUNNING.toArray(new Process[0]);
        for (Process postmaster : postmasters) {
            askFastShutdown(postmaster);
        }
        long deadline = System.nanoTime() + GRACE.toNanos();
        for (Process postmaster : postmasters) {
            try {
                postmaster.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break; // kill at once below
            }
        }
        for (Process postmaster : postmasters) {
            if (postmaster.isAlive()) {
                // Children first: once the postmaster is gone they are no longer its descendants.
                List<ProcessHandle> children = postmaster.descendants().toList();
                postmaster.destroyForcibly();
                for (ProcessHandle child : children) {
                    child.destroyForcibly();
                }
            }
        }
        for (Process postmaster : postmasters) {
            try {
                postmaster.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            RUNNING.remove(postmaster);
        }
    }

    /** SIGINT is PostgreSQL's fast shutdown; the JDK can send only SIGTERM (a smart shutdown that waits for clients). */
    private static void askFastShutdown(Process postmaster) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // no kill command: the SIGKILL after the grace period still ends it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
