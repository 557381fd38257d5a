package org.hisops.db.api;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Lets a user (or a closing view) stop database work: cancelling aborts a connection attempt that is waiting and
 * cancels the statement that is running on the server. One per job; thread-safe.
 */
public final class Cancellation {

    private volatile boolean cancelled;
    private final CopyOnWriteArrayList<Runnable> hooks = new CopyOnWriteArrayList<>();

    /** A cancellation nobody will ever trigger. */
    public static Cancellation none() {
        return new Cancellation();
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Cancels; hooks run on the calling thread (they must not block). */
    public void cancel() {
        cancelled = true;
        for (Runnable hook : hooks) {
            try {
                hook.run();
            } catch (RuntimeException e) {
                // a statement that is already closed cannot be cancelled; nothing to do
            }
        }
    }

    /** Registers what to do on cancel (runs at once when already cancelled); the returned handle unregisters. */
    public AutoCloseable onCancel(Runnable hook) {
        hooks.add(hook);
        if (cancelled) {
            hook.run();
        }
        return () -> hooks.remove(hook);
    }
}
