package org.hisops.cli.core.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Component;

/**
 * {@code hisops-cli sites}: the sites and their endpoints with the ids a scheduled command line names, so whoever
 * writes the cron line or the scheduled task copies them instead of guessing. Reads no database.
 */
@Component(service = CliCommand.class)
public final class SitesCommand implements CliCommand {

    private static final BundleTexts TEXTS = BundleTexts.of(SitesCommand.class);

    @Override
    public String name() {
        return "sites";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.sites.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.sites.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale, Set.of("site"), Set.of())
                .noPositional();
        Site current = invocation.site(null);
        List<Site> sites = arguments.value("site").isPresent() ? List.of(invocation.site(arguments.required("site")))
                : invocation.sites();
        for (Site site : sites) {
            invocation.out().println(site.id() + "  " + site.displayName(locale)
                    + (site.id().equals(current.id()) ? "  " + TEXTS.text(locale, "cli.sites.current", "") : ""));
            List<Endpoint> endpoints = invocation.endpoints(site);
            if (endpoints.isEmpty()) {
                invocation.out().println("    " + TEXTS.text(locale, "cli.sites.no_endpoints", ""));
            }
            for (Endpoint e : endpoints) {
                String emulated = e.emulation() == null ? ""
                        : "  " + TEXTS.format(locale, "cli.sites.emulated", e.emulation());
                invocation.out().printf("    %-20s %-16s %-10s %s:%d/%s%s%n", e.id(), e.name(), e.engine(), e.host(),
                        e.port(), e.address(), emulated);
            }
        }
        return ExitCodes.OK;
    }
}
