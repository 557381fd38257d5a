package org.hisops.cli.core.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.api.StoreException;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Finds the command and runs it: {@code help [command]} and the commands' own usage texts are here, everything
 * else belongs to the {@link CliCommand} services. Kept apart from the application so tests drive it in OSGi with
 * their own streams.
 */
final class Cli implements AutoCloseable {

    /**
     * Commands are DS components of bundles the framework has started before the application, but a lazy bundle's
     * components may still be activating: wait this long for a named command before calling it unknown.
     */
    static final long COMMAND_WAIT_MILLIS = 3_000;

    private static final BundleTexts TEXTS = BundleTexts.of(Cli.class);

    private final ServiceTracker<CliCommand, CliCommand> commands;
    private final ServiceTracker<SiteDirectory, SiteDirectory> sites;
    private final ServiceTracker<EndpointDirectory, EndpointDirectory> endpoints;
    private final ServiceTracker<EmbeddedStore, EmbeddedStore> store;
    private final ServiceTracker<CapabilityRegistry, CapabilityRegistry> capabilities;
    private final ServiceTracker<AuditLog, AuditLog> audit;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final Path workingDirectory;
    private final Cancellation cancellation;
    private final long commandWaitMillis;

    Cli(BundleContext context, PrintStream out, PrintStream err, Locale locale, Path workingDirectory,
            Cancellation cancellation) {
        this(context, out, err, locale, workingDirectory, cancellation, COMMAND_WAIT_MILLIS);
    }

    Cli(BundleContext context, PrintStream out, PrintStream err, Locale locale, Path workingDirectory,
            Cancellation cancellation, long commandWaitMillis) {
        this(context, System.in, out, err, locale, workingDirectory, cancellation, commandWaitMillis);
    }

    Cli(BundleContext context, InputStream in, PrintStream out, PrintStream err, Locale locale,
            Path workingDirectory, Cancellation cancellation, long commandWaitMillis) {
        this.in = in;
        this.commandWaitMillis = commandWaitMillis;
        this.capabilities = open(new ServiceTracker<>(context, CapabilityRegistry.class, null));
        this.audit = open(new ServiceTracker<>(context, AuditLog.class, null));
        this.commands = open(new ServiceTracker<>(context, CliCommand.class, null));
        this.sites = open(new ServiceTracker<>(context, SiteDirectory.class, null));
        this.endpoints = open(new ServiceTracker<>(context, EndpointDirectory.class, null));
        this.store = open(new ServiceTracker<>(context, EmbeddedStore.class, null));
        this.out = out;
        this.err = err;
        this.locale = locale;
        this.workingDirectory = workingDirectory;
        this.cancellation = cancellation;
    }

    private static <S> ServiceTracker<S, S> open(ServiceTracker<S, S> tracker) {
        tracker.open();
        return tracker;
    }

    int run(List<String> args) {
        if (args.isEmpty() || List.of("help", "--help", "-h", "-?").contains(args.get(0))) {
            return help(args.size() > 1 ? args.get(1) : null);
        }
        String name = args.get(0);
        Optional<CliCommand> command = command(name, true);
        if (command.isEmpty()) {
            err.println(text("cli.unknown_command", name));
            listCommands(err);
            return ExitCodes.USAGE;
        }
        Optional<String> storeProblem = storeProblem();
        if (storeProblem.isPresent()) {
            err.println(storeProblem.get());
            return ExitCodes.UNAVAILABLE;
        }
        SiteDirectory siteDirectory = sites.getService();
        EndpointDirectory endpointDirectory = endpoints.getService();
        if (siteDirectory == null || endpointDirectory == null) {
            err.println(text("cli.no_platform"));
            return ExitCodes.UNAVAILABLE;
        }
        Invocation invocation = new Invocation(args.subList(1, args.size()), in, out, err, locale, cancellation,
                workingDirectory, siteDirectory, endpointDirectory,
                new CapabilityGate(name, capabilities::getService, audit::getService, locale));
        try {
            int code = command.get().run(invocation);
            return cancellation.isCancelled() ? ExitCodes.CANCELLED : code;
        } catch (CliRefusedException e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (CliUsageException e) {
            err.println(e.getMessage());
            err.println();
            err.println(command.get().usage(locale));
            return ExitCodes.USAGE;
        } catch (RuntimeException | LinkageError e) {
            // A defect (HisOps' or a vendor command's): say whose, keep the trace for whoever fixes it. Exception
            // texts never carry passwords (the platform's rule), so printing them is safe.
            err.println(text("cli.defect", name, String.valueOf(e)));
            e.printStackTrace(err);
            return ExitCodes.SOFTWARE;
        }
    }

    /** The command by name; waits for it (see {@link #COMMAND_WAIT_MILLIS}) when asked to. */
    private Optional<CliCommand> command(String name, boolean wait) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(wait ? commandWaitMillis : 0);
        while (true) {
            for (CliCommand command : byName()) {
                if (command.name().equals(name)) {
                    return Optional.of(command);
                }
            }
            if (System.nanoTime() >= deadline || cancellation.isCancelled()) {
                return Optional.empty();
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    private List<CliCommand> byName() {
        List<CliCommand> list = new ArrayList<>(commands.getTracked().values());
        list.sort(Comparator.comparing(CliCommand::name));
        return list;
    }

    private int help(String name) {
        if (name != null) {
            Optional<CliCommand> command = command(name, true);
            if (command.isEmpty()) {
                err.println(text("cli.unknown_command", name));
                listCommands(err);
                return ExitCodes.USAGE;
            }
            out.println(command.get().usage(locale));
            return ExitCodes.OK;
        }
        out.println(text("cli.usage"));
        listCommands(out);
        out.println();
        out.println(text("cli.exit_codes"));
        return ExitCodes.OK;
    }

    private void listCommands(PrintStream stream) {
        List<CliCommand> list = byName();
        stream.println(text("cli.commands"));
        if (list.isEmpty()) {
            stream.println("  " + text("cli.no_commands"));
        }
        for (CliCommand command : list) {
            stream.printf("  %-12s %s%n", command.name(), command.summary(locale));
        }
    }

    /**
     * Opens the store once before the command, so a data folder held by a HisOps window is reported as such (and
     * the command does not start database work it could not save).
     */
    private Optional<String> storeProblem() {
        EmbeddedStore embedded = store.getService();
        if (embedded == null) {
            return Optional.empty(); // commands that need it say so; "help"-like commands do not
        }
        try (Connection connection = embedded.connection()) {
            return Optional.empty();
        } catch (StoreException e) {
            String file = String.valueOf(e.file());
            return Optional.of(e.reason() == StoreException.Reason.LOCKED ? text("cli.store.locked", file)
                    : BundleTexts.of(StoreException.class).format(locale, e.reason().key(), file));
        } catch (SQLException e) {
            return Optional.of(text("cli.store.failed", e.getMessage()));
        }
    }

    private String text(String key, Object... args) {
        return TEXTS.format(locale, key, args);
    }

    @Override
    public void close() {
        commands.close();
        sites.close();
        endpoints.close();
        store.close();
        capabilities.close();
        audit.close();
    }
}
