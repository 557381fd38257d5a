package org.hisops.assessment.data.core.internal;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.PerformanceBaselines;
import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hisops-cli baseline --site S --endpoint E [--interval SECONDS] [--name NAME]}: takes a performance
 * baseline and stores it, so that one can be scheduled the week before an upgrade and the week after, and the two
 * compared in the view. Progress goes to err, the saved baseline's summary to out.
 */
@Component(service = CliCommand.class)
public final class BaselineCommand implements CliCommand {

    static final String CAPABILITY = "org.hisops.assessment.data";
    private static final BundleTexts TEXTS = BundleTexts.of(BaselineCommand.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());
    /** A day: longer than any sensible interval, short enough that a typo (360000) is refused. */
    static final int MAX_INTERVAL = 86_400;

    private final PerformanceBaselines baselines;

    @Activate
    public BaselineCommand(@Reference PerformanceBaselines baselines) {
        this.baselines = baselines;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.baseline.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.baseline.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException, CliRefusedException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale,
                Set.of("site", "endpoint", "interval", "name"), Set.of()).noPositional();
        Site site = invocation.site(arguments.required("site"));
        Endpoint endpoint = invocation.endpoint(site, arguments.required("endpoint"));
        int seconds = arguments.number("interval", 0, MAX_INTERVAL).orElse(0);
        invocation.requireCapability(site, CAPABILITY);
        String name = arguments.value("name").orElse(endpoint.name() + " " + TIME.format(java.time.Instant.now()));
        try {
            Baseline b = baselines.take(endpoint, name, Duration.ofSeconds(seconds), (step, left) -> {
                if (step.equals("waiting")) {
                    invocation.err().println(TEXTS.format(locale, "cli.baseline.waiting", left));
                } else if (!step.equals("saved")) {
                    // with no interval there is one snapshot only, not a "second" one
                    invocation.err().println(TEXTS.format(locale, seconds == 0 ? "cli.baseline.snapshot" : "cli.baseline." + step,
                            endpoint.name()));
                }
            }, invocation.cancellation());
            invocation.out().println(TEXTS.format(locale, "cli.baseline.saved", b.name(), b.id(), b.serverVersion()
                    + (b.emulated() ? " " + TEXTS.text(locale, "data.emulated", "") : ""),
                    b.sinceStartup() ? TEXTS.text(locale, "perf.since.startup", "") : Sizes.duration(b.seconds()),
                    b.sql().size(), b.waits().size()));
            return ExitCodes.OK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            invocation.err().println(TEXTS.text(locale, "cli.baseline.cancelled", ""));
            return ExitCodes.CANCELLED;
        } catch (DatabaseException e) {
            if (invocation.cancellation().isCancelled()) {
                invocation.err().println(TEXTS.text(locale, "cli.baseline.cancelled", ""));
                return ExitCodes.CANCELLED;
            }
            // The titles name the server code {0} and the endpoint's host {1} and port {2}.
            BundleTexts db = BundleTexts.of(DatabaseException.class);
            String title = db.format(locale, e.problem().titleKey(), e.serverCode() == null ? "" : e.serverCode(),
                    endpoint.host(), Integer.toString(endpoint.port()));
            if (e.problem() == org.hisops.db.api.DbProblem.OTHER && e.getMessage() != null) {
                title = title + " " + e.getMessage();
            }
            invocation.err().println(TEXTS.format(locale, "cli.baseline.failed", endpoint.name(), title,
                    db.text(locale, e.problem().actionKey(), "")));
            return ExitCodes.INCOMPLETE;
        }
    }
}
