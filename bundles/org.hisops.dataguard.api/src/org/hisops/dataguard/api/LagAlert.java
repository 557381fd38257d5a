package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A standby link's verdict changed from one cycle to the next (NORMAL -> WARNING -> ERROR, and back): the console
 * lists these, the status line shows the latest, and they are kept in the store with the lag history.
 *
 * @param siteId the site
 * @param system the system label (HIS, LIS, ...)
 * @param standbyId the standby's endpoint id
 * @param at when the cycle that saw the change finished
 * @param cycle that cycle's number ({@link SiteStatus#cycle()}); 0 for an alert read back from the store
 * @param from the verdict before (NORMAL for the first cycle the monitor sees a link)
 * @param to the verdict now
 * @param reasons the link's reasons now, worst first (empty when it is back to NORMAL)
 */
public record LagAlert(String siteId, String system, String standbyId, Instant at, long cycle, Verdict from,
        Verdict to, List<Reason> reasons) {

    public LagAlert {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    /** Whether the link got worse (an alarm) rather than better (a recovery). */
    public boolean worse() {
        return to.ordinal() > from.ordinal();
    }
}
