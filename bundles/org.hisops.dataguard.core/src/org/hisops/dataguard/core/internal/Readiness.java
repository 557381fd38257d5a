package org.hisops.dataguard.core.internal;

import java.util.List;

import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.Verdict;

/** Readiness lines both engines share. */
final class Readiness {

    private Readiness() {
    }

    /** The lag is within the site's thresholds: the link's verdict has no ERROR. */
    static ReadinessLine lag(StandbyStatus link) {
        if (link == null || link.figures().applyLag() == null && link.figures().unshippedBytes() == null) {
            return ReadinessLine.unknown("readiness.lag", "readiness.lag.unknown", List.of(), "readiness.lag.action");
        }
        if (link.verdict() == Verdict.ERROR) {
            Reason worst = link.reasons().get(0);
            return ReadinessLine.fail("readiness.lag", "readiness.lag.fail", List.of(worst.key()),
                    "readiness.lag.action");
        }
        long applySeconds = link.figures().applyLag() == null ? -1 : link.figures().applyLag().toSeconds();
        return ReadinessLine.pass("readiness.lag", "readiness.lag.pass", applySeconds,
                link.figures().unshippedBytes() == null ? -1 : link.figures().unshippedBytes());
    }
}
