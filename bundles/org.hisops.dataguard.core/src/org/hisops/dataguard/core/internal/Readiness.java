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
            // The line says why in the words of the threshold that was crossed (a reason text with its figures).
            Reason worst = link.reasons().stream().filter(r -> r.verdict() == Verdict.ERROR && isLag(r)).findFirst()
                    .or(() -> link.reasons().stream().filter(r -> r.verdict() == Verdict.ERROR).findFirst())
                    .orElse(link.reasons().get(0));
            return ReadinessLine.fail("readiness.lag", worst.key(), worst.args(), "readiness.lag.action");
        }
        // A figure that cannot be read is not shown as a number (never "-1 bytes").
        Long bytes = link.figures().unshippedBytes();
        if (link.figures().applyLag() == null) {
            return ReadinessLine.pass("readiness.lag", "readiness.lag.pass.bytes", bytes);
        }
        long applySeconds = link.figures().applyLag().toSeconds();
        return bytes == null ? ReadinessLine.pass("readiness.lag", "readiness.lag.pass.apply", applySeconds)
                : ReadinessLine.pass("readiness.lag", "readiness.lag.pass", applySeconds, bytes);
    }

    private static boolean isLag(Reason r) {
        return r.key().contains(".lag.") || r.key().contains("unshipped") || r.key().contains("staleness");
    }
}
