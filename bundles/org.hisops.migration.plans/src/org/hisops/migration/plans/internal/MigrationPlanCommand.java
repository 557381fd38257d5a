package org.hisops.migration.plans.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.plans.Formulas;
import org.hisops.migration.plans.GoNoGo;
import org.hisops.migration.plans.MigrationPlan;
import org.hisops.migration.plans.MigrationPlans;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hisops-cli migration-plan --site S --source E --schemas A,B [--network-link L] --out DIR}: reads the source,
 * writes the parameter files, scripts and runbook into DIR. Exit 0 when every go/no-go line that HisOps can judge
 * is GO, 2 (WARNING) when one is NO-GO, 4 when the source could not be read, 73 when a file could not be written.
 */
@Component(service = CliCommand.class)
public final class MigrationPlanCommand implements CliCommand {

    private final MigrationPlans plans;

    @Activate
    public MigrationPlanCommand(@Reference MigrationPlans plans) {
        this.plans = plans;
    }

    @Override
    public String name() {
        return "migration-plan";
    }

    @Override
    public String summary(Locale locale) {
        return Texts.get(locale, "cli.plan.summary");
    }

    @Override
    public String usage(Locale locale) {
        return Texts.get(locale, "cli.plan.usage");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale,
                Set.of("site", "source", "schemas", "network-link", "out"), Set.of()).noPositional();
        Site site = invocation.site(arguments.required("site"));
        Endpoint source = invocation.endpoint(site, arguments.required("source"));
        // a capability switched off for the site is off on the command line too (docs/cli.md)
        invocation.requireCapability(site, MigrationPlanCapability.ID);
        List<String> schemas = Arrays.stream(arguments.required("schemas").split(","))
                .map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).toList();
        if (schemas.stream().anyMatch(s -> !DataPumpBlocks.identifier(s))) {
            throw new CliUsageException(Texts.get(locale, "cli.plan.schemas", arguments.required("schemas")));
        }
        String link = arguments.value("network-link").orElse(null);
        if (link != null && !link.matches("[A-Za-z][A-Za-z0-9_$#.]{0,127}")) {
            throw new CliUsageException(Texts.get(locale, "cli.plan.link", link));
        }
        Path out = invocation.workingDirectory().resolve(arguments.required("out"));
        MigrationPlan plan;
        try {
            plan = plans.plan(PlanRequest.of(site.id(), source.id(), schemas, link), invocation.cancellation());
        } catch (DatabaseException e) {
            invocation.err().println(Texts.get(locale, "cli.plan.unreachable", source.id(), e.getMessage()));
            return ExitCodes.INCOMPLETE;
        }
        List<Path> files;
        try {
            files = plans.write(plan, out, locale);
        } catch (IOException e) {
            invocation.err().println(Texts.get(locale, "cli.plan.write", out, String.valueOf(e.getMessage())));
            return ExitCodes.CANNOT_CREATE;
        }
        if (plan.source().emulated()) {
            invocation.out().println(Texts.get(locale, "cli.plan.emulated"));
        }
        for (Path file : files) {
            invocation.out().println(file);
        }
        invocation.out().println(Texts.get(locale, "report.estimate",
                Formulas.localized(plan.dataPump().estimate().formula(), locale)));
        invocation.out().println(Texts.get(locale, "report.cutover",
                CutoverPlanner.hours(plan.cutover().downtimeSeconds()),
                CutoverPlanner.hours(plan.cutover().windowSeconds())));
        boolean noGo = false;
        for (GoNoGo g : plan.cutover().goNoGo()) {
            invocation.out().println("  [" + Texts.get(locale, "verdict." + g.verdict().name().toLowerCase(Locale.ROOT))
                    + "] " + Texts.get(locale, g.criterionKey(), g.arguments()));
            noGo |= g.verdict() == GoNoGo.Verdict.NO_GO;
        }
        return noGo ? ExitCodes.WARNING : ExitCodes.OK;
    }
}
