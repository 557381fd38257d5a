package org.hisops.cli.core.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;

/** One command's view of the command line and of the installation's sites and endpoints. */
record Invocation(List<String> arguments, InputStream in, PrintStream out, PrintStream err, Locale locale,
        Cancellation cancellation, Path workingDirectory, SiteDirectory siteDirectory,
        EndpointDirectory endpointDirectory, CapabilityGate gate) implements CliInvocation {

    Invocation {
        arguments = List.copyOf(arguments);
    }

    @Override
    public Site site(String idOrName) throws CliUsageException {
        if (idOrName == null) {
            return siteDirectory.current();
        }
        String wanted = idOrName.strip();
        for (Site site : siteDirectory.sites()) {
            // Either language's name: a cron line written on an English desktop still finds "演示医院".
            if (site.id().equalsIgnoreCase(wanted) || wanted.equalsIgnoreCase(site.name())
                    || site.displayName(locale).equalsIgnoreCase(wanted)
                    || site.displayName(Locale.ENGLISH).equalsIgnoreCase(wanted)
                    || site.displayName(Locale.SIMPLIFIED_CHINESE).equalsIgnoreCase(wanted)) {
                return site;
            }
        }
        String known = siteDirectory.sites().stream().map(s -> s.id() + " (" + s.displayName(locale) + ")")
                .collect(Collectors.joining(", "));
        throw new CliUsageException(text("cli.error.unknown_site", idOrName, known));
    }

    @Override
    public List<Site> sites() {
        return siteDirectory.sites();
    }

    @Override
    public List<Endpoint> endpoints(Site site) {
        return endpointDirectory.endpoints(site.id());
    }

    @Override
    public Endpoint endpoint(Site site, String idOrName) throws CliUsageException {
        List<Endpoint> list = endpoints(site);
        String wanted = idOrName.strip();
        for (Endpoint endpoint : list) {
            if (endpoint.id().equalsIgnoreCase(wanted)
                    || (endpoint.name() != null && endpoint.name().equalsIgnoreCase(wanted))) {
                return endpoint;
            }
        }
        String known = list.isEmpty() ? text("cli.error.no_endpoints")
                : list.stream().map(e -> e.name() + " [" + e.id() + "]").collect(Collectors.joining(", "));
        throw new CliUsageException(text("cli.error.unknown_endpoint", site.displayName(locale), idOrName, known));
    }

    @Override
    public void requireCapability(Site site, String capabilityId) throws CliRefusedException {
        gate.require(site, capabilityId);
    }

    private String text(String key, Object... args) {
        return BundleTexts.of(Invocation.class).format(locale, key, args);
    }
}
