package org.hisops.db.postgres.embedded.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The postmasters this JVM started and has not stopped yet. A shutdown hook kills them and their backends, so a
 * test that forgets {@code close()} (or fails before it) leaves no PostgreSQL running after the JVM ends.
 * <p>
 * The hook runs while the OSGi framework may already be gone, so it uses only JDK classes and this class.
 */
public final class LeftoverServers {

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

    /** Kills every remembered postmaster and its children (SIGKILL) and waits briefly for them. */
    public static void killAll() {
        Process[] postmasters = RUNNING.toArray(new Process[0]);
        for (Process postmaster : postmasters) {
            // Children first: once the postmaster is gone they are no longer its descendants.
            List<ProcessHandle> children = postmaster.descendants().toList();
            postmaster.destroyForcibly();
            for (ProcessHandle child : children) {
                child.destroyForcibly();
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
}
