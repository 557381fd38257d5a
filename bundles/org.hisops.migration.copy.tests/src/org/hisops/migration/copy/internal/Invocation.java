package org.hisops.migration.copy.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;

/**
 * A command line invocation held in memory, on the runtime's real sites, endpoints and capability switches (the
 * refusal as the command line's own gate gives it: the switch's reason and exit 69).
 */
final class Invocation implements CliInvocation {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> arguments;
    final Locale locale;
    private byte[] stdin = new byte[0];

    Invocation(Locale locale, String... arguments) {
        this.locale = locale;
        this.arguments = List.of(arguments);
    }

    /** What standard input holds (the administrator's password line). */
    Invocation stdin(String text) {
        stdin = text.getBytes(StandardCharsets.UTF_8);
        return this;
    }

    @Override
    public InputStream in() {
        return new ByteArrayInputStream(stdin);
    }

    @Override
    public void requireCapability(Site site, String capabilityId) throws CliRefusedException {
        try {
            Services.get(CapabilityRegistry.class).require(site.id(), capabilityId);
        } catch (CapabilityRefusedException e) {
            throw new CliRefusedException(e.reason().name() + " " + capabilityId, ExitCodes.UNAVAILABLE);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
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

    private static <T> T service(Class<T> type) {
        try {
            return Services.get(type);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Site> sites() {
        return service(SiteDirectory.class).sites();
    }

    @Override
    public Site site(String idOrName) throws CliUsageException {
        return sites().stream().filter(s -> s.id().equals(idOrName) || idOrName.equals(s.name())).findFirst()
                .orElseThrow(() -> new CliUsageException("no site " + idOrName));
    }

    @Override
    public List<Endpoint> endpoints(Site site) {
        return service(EndpointDirectory.class).endpoints(site.id());
    }

    @Override
    public Endpoint endpoint(Site site, String idOrName) throws CliUsageException {
        return endpoints(site).stream().filter(e -> e.id().equals(idOrName)).findFirst()
                .orElseThrow(() -> new CliUsageException("no endpoint " + idOrName));
    }
}
