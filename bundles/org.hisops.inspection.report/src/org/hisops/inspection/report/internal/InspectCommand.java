package org.hisops.inspection.report.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.Severity;
import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.report.InspectionReports;
import org.hisops.inspection.report.InspectionReports.Format;
import org.hisops.inspection.report.UnattendedRequest;
import org.hisops.inspection.report.UnattendedRun;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hisops-cli inspect}: a site's checklist run unattended on the site's endpoints, the report written to a
 * folder (PDF and HTML, Chinese unless English is asked for), the exit code by the highest severity found (4 when an
 * endpoint could not be reached or a check failed), for cron and the Windows task scheduler.
 */
@Component(service = CliCommand.class)
public final class InspectCommand implements CliCommand {

    private static final BundleTexts TEXTS = BundleTexts.of(InspectCommand.class);
    private static final BundleTexts INSPECTION = BundleTexts.of(Inspections.class);

    private final InspectionReports reports;

    @Activate
    public InspectCommand(@Reference InspectionReports reports) {
        this.reports = reports;
    }

    @Override
    public String name() {
        return "inspect";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.inspect.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.inspect.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale,
                Set.of("site", "list", "out", "format", "lang", "inspector"), Set.of()).noPositional();
        Site site = invocation.site(arguments.required("site"));
        String list = arguments.required("list");
        Path folder = invocation.workingDirectory().resolve(arguments.value("out").orElse("."));
        Set<Format> formats = switch (arguments.choice("format", Set.of("pdf", "html", "both")).orElse("both")) {
        case "pdf" -> EnumSet.of(Format.PDF);
        case "html" -> EnumSet.of(Format.HTML);
        default -> EnumSet.of(Format.PDF, Format.HTML);
        };
        // the report is for the hospital: Chinese unless English is asked for
        Locale report = arguments.choice("lang", Set.of("zh", "en")).map(l -> l.equals("en") ? Locale.ENGLISH
                : InspectionReports.DEFAULT_LOCALE).orElse(InspectionReports.DEFAULT_LOCALE);
        String inspector = arguments.value("inspector").orElse(System.getProperty("user.name", "hisops-cli"));
        invocation.requireCapability(site, InspectionReportsComponent.CAPABILITY);
        UnattendedRun run;
        try {
            run = reports.runUnattended(new UnattendedRequest(site.id(), list, folder, report, formats, inspector),
                    invocation.cancellation());
        } catch (CapabilityRefusedException e) {
            // switched off between the gate above and the run (the service refuses scheduled runs itself): the
            // gate gives the refusal its one audit entry, its text and exit 69
            invocation.requireCapability(site, e.capabilityId());
            // on again by now: the run was refused all the same
            invocation.err().println(BundleTexts.of(CapabilityRefusedException.class).format(locale,
                    e.reason().key(), e.capabilityId(), site.displayName(locale)));
            return ExitCodes.UNAVAILABLE;
        } catch (InspectionException e) {
            invocation.err().println(INSPECTION.format(locale, e.key(), e.arguments().toArray()));
            return e.key().startsWith("error.unknown") ? ExitCodes.DATA : ExitCodes.CANNOT_CREATE;
        } catch (IOException e) {
            invocation.err().println(TEXTS.format(locale, "cli.inspect.unwritten", folder, e.getMessage()));
            return ExitCodes.CANNOT_CREATE;
        }
        invocation.out().println(TEXTS.format(locale, "cli.inspect.done", run.runId(), site.displayName(locale),
                run.endpoints(), run.highest() == null ? TEXTS.text(locale, "cli.inspect.none", "")
                        : BundleTexts.of(Severity.class).text(locale, run.highest().key(), run.highest().name()),
                run.failedChecks()));
        run.files().forEach(f -> invocation.out().println("  " + f));
        if (invocation.cancellation().isCancelled()) {
            invocation.err().println(TEXTS.text(locale, "cli.inspect.cancelled", ""));
            return ExitCodes.CANCELLED;
        }
        if (run.endpoints() == 0) {
            invocation.err().println(TEXTS.format(locale, "cli.inspect.no_endpoints", list, site.displayName(locale)));
            return ExitCodes.INCOMPLETE;
        }
        int severity = ExitCodes.forSeverity(run.highest() == null ? null : run.highest().name());
        return run.failedChecks() > 0 ? Math.max(severity, ExitCodes.INCOMPLETE) : severity;
    }
}
