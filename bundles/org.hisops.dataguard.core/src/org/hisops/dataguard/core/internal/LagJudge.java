package org.hisops.dataguard.core.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.Verdict;

/**
 * Judges a link's figures against the site's thresholds, the same way for every engine: each figure over its
 * warning limit adds a WARNING reason, over its error limit an ERROR reason. Durations go into the reasons as
 * seconds, sizes as bytes.
 */
final class LagJudge {

    private LagJudge() {
    }

    /** The link with the threshold reasons added to the provider's own, worst first, and its verdict. */
    static StandbyStatus judge(StandbyStatus link, LagThresholds t) {
        List<Reason> reasons = new ArrayList<>(link.reasons());
        LagFigures f = link.figures();
        time(reasons, "reason.transport.lag", f.transportLag(), t.transportLagWarning(), t.transportLagError());
        bytes(reasons, "reason.unshipped", f.unshippedBytes(), t.unshippedBytesWarning(), t.unshippedBytesError());
        time(reasons, "reason.apply.lag", f.applyLag(), t.applyLagWarning(), t.applyLagError());
        time(reasons, "reason.staleness", f.staleness(), t.stalenessWarning(), t.stalenessError());
        Duration rto = f.rtoEstimate();
        if (rto != null && rto.compareTo(t.rtoTarget()) > 0) {
            reasons.add(Reason.of(Verdict.WARNING, "reason.rto.over", rto.toSeconds(), t.rtoTarget().toSeconds()));
        }
        reasons.sort(Comparator.comparing(Reason::verdict).reversed());
        Verdict verdict = reasons.stream().map(Reason::verdict).reduce(Verdict.NORMAL, Verdict::worst);
        return new StandbyStatus(link.standbyId(), link.primaryId(), f, verdict, reasons, link.facts());
    }

    private static void time(List<Reason> reasons, String key, Duration value, Duration warning, Duration error) {
        if (value == null) {
            return;
        }
        if (value.compareTo(error) > 0) {
            reasons.add(Reason.of(Verdict.ERROR, key + ".error", value.toSeconds(), error.toSeconds()));
        } else if (value.compareTo(warning) > 0) {
            reasons.add(Reason.of(Verdict.WARNING, key + ".warning", value.toSeconds(), warning.toSeconds()));
        }
    }

    private static void bytes(List<Reason> reasons, String key, Long value, long warning, long error) {
        if (value == null) {
            return;
        }
        if (value > error) {
            reasons.add(Reason.of(Verdict.ERROR, key + ".error", value, error));
        } else if (value > warning) {
            reasons.add(Reason.of(Verdict.WARNING, key + ".warning", value, warning));
        }
    }
}
