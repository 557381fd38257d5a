package org.hisops.dataguard.api;

import java.time.Duration;

/**
 * One standby's figures in the one lag model both engines share. Every figure may be {@code null}: unknown
 * (not reported by this version, the node unreachable, or not measurable at this moment), which is never shown
 * as zero.
 *
 * @param transportLag RPO exposure in time: how much of the primary's redo/WAL, in time, is not yet safe on the
 *            standby (Oracle "transport lag"; PostgreSQL the time since the oldest WAL not flushed on the standby)
 * @param unshippedBytes RPO exposure in bytes: redo/WAL the primary has written that the standby has not received
 *            (Oracle: archived logs not received, a lower bound; PostgreSQL: current LSN minus the standby's flush LSN)
 * @param applyLag how far the standby's data is behind the primary's (Oracle "apply lag"; PostgreSQL replay lag)
 * @param unappliedBytes received but not yet applied (Oracle: received logs not applied; PostgreSQL receive LSN
 *            minus replay LSN)
 * @param applyFinish time to apply what has been received (Oracle "apply finish time"; PostgreSQL estimated)
 * @param startup time the standby needs to start up and open as a primary (Oracle "estimated startup time";
 *            PostgreSQL the site's promotion estimate)
 * @param staleness how old the data behind the figures is when read (Oracle 11.2 TIME_COMPUTED - DATUM_TIME,
 *            10.2 the standby's clock - TIME_COMPUTED; PostgreSQL the time since the standby last reported)
 */
public record LagFigures(Duration transportLag, Long unshippedBytes, Duration applyLag, Long unappliedBytes,
        Duration applyFinish, Duration startup, Duration staleness) {

    /** Nothing known. */
    public static final LagFigures UNKNOWN = new LagFigures(null, null, null, null, null, null, null);

    /** The RTO estimate: apply finish plus start-up, or {@code null} when either is unknown. */
    public Duration rtoEstimate() {
        return applyFinish == null || startup == null ? null : applyFinish.plus(startup);
    }
}
