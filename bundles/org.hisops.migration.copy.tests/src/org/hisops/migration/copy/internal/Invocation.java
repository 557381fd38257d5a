package org.hisops.migration.copy.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliUsageException;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.Site;

/** A command line invocation held in memory. */
final class Invocation implements CliInvocation {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> arguments;
    final Locale locale;

    Invocation(Locale locale, String... arguments) {
        this.locale = locale;
        this.arguments = List.of(arguments);
    }

    @Override
    public List<String> arguments() {
        return arguments;
    }

    @Override
    public PrintStream out() {
        return new PrintStream(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public PrintStream err() {
        return new PrintStream(err, true, StandardCharsets.UTF_8);
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Cancellation cancellation() {
        return Cancellation.none();
    }

    @Override
    public Path workingDirectory() {
        return Path.of(".");
    }

    @Override
    public List<Site> sites() {
        return List.of();
    }

    @Override
    public Site site(String idOrName) throws CliUsageException {
        throw new CliUsageException("no site " + idOrName);
    }

    @Override
    public List<Endpoint> endpoints(Site site) {
        return List.of();
    }

    @Override
    public Endpoint endpoint(Site site, String idOrName) throws CliUsageException {
        throw new CliUsageException("no endpoint " + idOrName);
    }
}
