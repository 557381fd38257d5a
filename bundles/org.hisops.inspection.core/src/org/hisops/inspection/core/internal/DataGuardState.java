package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.Finding;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.Verdict;
import org.hisops.platform.api.BundleTexts;

/**
 * ora.insp.dataguard and pg.insp.dataguard: the standby state as the Data Guard console's provider judges it, for the
 * endpoint's system (every standby link when the endpoint is the primary, its own link when it is a standby). No SQL
 * of its own: the verdict, the figures and the worst reason are the console's, so the inspection and the console
 * never disagree.
 */
final class DataGuardState {

    static final String LINK_KEY = "finding.dataguard.link";
    private static final int FIXED_ARGUMENTS = 5;

    private DataGuardState() {
    }

    static List<Finding> evaluate(CheckContext c, ReplicationMonitor monitor) {
        if (monitor == null) {
            throw c.notApplicable("na.dataguard.none");
        }
        String siteId = c.endpoint().siteId();
        String endpointId = c.endpoint().id();
        // a fresh console cycle is reused: a refresh opens sessions beside the one the runner lent this check
        Instant freshSince = Instant.now().minusMillis((long) (Threshold.DATAGUARD_STATUS_AGE_SECONDS.of(c) * 1000));
        SiteStatus site = monitor.latest(siteId).filter(s -> s.finished() != null && s.finished().isAfter(freshSince))
                .orElseGet(() -> monitor.refresh(siteId));
        SystemStatus system = site.systems().stream().filter(s -> s.node(endpointId).isPresent()).findFirst()
                .orElse(null);
        if (system == null || system.standbys().isEmpty()) {
            throw c.notApplicable("na.dataguard.no.standby", endpointId);
        }
        List<StandbyStatus> links = system.standby(endpointId).map(List::of).orElse(system.standbys());
        List<Finding> findings = new ArrayList<>();
        for (StandbyStatus link : links) {
            LagFigures f = link.figures();
            String transport = seconds(f.transportLag());
            String apply = seconds(f.applyLag());
            String unshipped = f.unshippedBytes() == null ? "-" : Long.toString(f.unshippedBytes() / (1024 * 1024));
            if (link.verdict() == Verdict.NORMAL || link.reasons().isEmpty()) {
                findings.add(Finding.of(INFO, "finding.dataguard.normal", link.standbyId(), link.standbyId(),
                        transport, apply, unshipped));
                continue;
            }
            Reason worst = link.reasons().get(0);
            List<String> arguments = new ArrayList<>(List.of(link.standbyId(), transport, apply, unshipped,
                    worst.key()));
            worst.args().forEach(a -> arguments.add(String.valueOf(a)));
            findings.add(new Finding(link.verdict() == Verdict.ERROR ? ERROR : WARNING, LINK_KEY, arguments,
                    link.standbyId(), List.of()));
        }
        return findings;
    }

    private static String seconds(Duration d) {
        return d == null ? "-" : Long.toString(d.toSeconds());
    }

    /**
     * A link finding's message: the console's reason in the reader's language (a text of the Data Guard core bundle,
     * numbers given back as numbers), inside the inspection's sentence; the reason's key when that bundle is gone.
     */
    static String message(CheckCatalogue catalogue, Locale locale, Finding finding, ReplicationMonitor monitor) {
        List<String> a = finding.arguments();
        String reason;
        if (a.size() < FIXED_ARGUMENTS) {
            reason = "";
        } else {
            Object[] reasonArguments = a.subList(FIXED_ARGUMENTS, a.size()).stream().map(DataGuardState::number)
                    .toArray();
            String key = a.get(FIXED_ARGUMENTS - 1);
            reason = monitor == null ? key + " " + String.join(", ", a.subList(FIXED_ARGUMENTS, a.size()))
                    : BundleTexts.of(monitor.getClass()).format(locale, key, reasonArguments);
        }
        List<Object> shown = new ArrayList<>(a.subList(0, Math.min(a.size(), FIXED_ARGUMENTS - 1)));
        shown.add(reason);
        return catalogue.text(locale, finding.messageKey(), shown.toArray());
    }

    private static Object number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException e2) {
                return text;
            }
        }
    }
}
