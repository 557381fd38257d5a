package org.hisops.cli.core.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.hisops.db.api.Cancellation;
import org.osgi.framework.FrameworkUtil;

/**
 * The {@code org.hisops.cli.core.cli} application that {@code hisops-cli} starts instead of the workbench: no
 * display is needed, the command named by the first argument runs on this thread and its code is the process's exit
 * code. Ctrl-C (or the scheduler ending the task) cancels the command and waits a moment for it to save what it has.
 */
public final class CliApplication implements IApplication {

    /** How long Ctrl-C waits for a cancelled command to save what it has before the JVM goes. */
    private static final long SAVE_ON_CANCEL_MILLIS = 15_000;

    private final Cancellation cancellation = new Cancellation();

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().getOrDefault(IApplicationContext.APPLICATION_ARGS,
                new String[0]);
        context.applicationRunning();
        Object finished = new Object();
        boolean[] done = {false};
        Thread hook = new Thread(() -> {
            cancellation.cancel();
            synchronized (finished) {
                long deadline = System.currentTimeMillis() + SAVE_ON_CANCEL_MILLIS;
                while (!done[0] && System.currentTimeMillis() < deadline) {
                    try {
                        finished.wait(Math.max(1, deadline - System.currentTimeMillis()));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }, "hisops-cli-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try (Cli cli = new Cli(FrameworkUtil.getBundle(getClass()).getBundleContext(), System.out, System.err,
                locale(), Path.of(System.getProperty("user.dir")), cancellation)) {
            return cli.run(List.of(args));
        } finally {
            synchronized (finished) {
                done[0] = true;
                finished.notifyAll();
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down (Ctrl-C): the hook is running and has been told we are done
            }
        }
    }

    @Override
    public void stop() {
        cancellation.cancel();
    }

    /** {@code -nl} reaches the framework as {@code osgi.nl}; without it the system's language. */
    private static Locale locale() {
        String nl = System.getProperty("osgi.nl");
        if (nl == null || nl.isBlank()) {
            return Locale.getDefault();
        }
        String[] parts = nl.split("[_-]");
        return parts.length > 1 ? Locale.of(parts[0], parts[1]) : Locale.of(parts[0]);
    }
}
