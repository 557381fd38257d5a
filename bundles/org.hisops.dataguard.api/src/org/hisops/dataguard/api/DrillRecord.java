package org.hisops.dataguard.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A drill as it happened, saved in the store.
 *
 * @param id the drill's id
 * @param siteId the site
 * @param system the system label
 * @param kind what was rehearsed
 * @param formerPrimaryId the primary before the drill
 * @param newPrimaryId the standby that took over
 * @param user who ran it
 * @param started when it started
 * @param finished when it ended
 * @param lagAtStart the standby's figures at the start (unknown figures are null)
 * @param timeline every step with its time
 * @param markerFound whether the marker transaction written before the failure is on the new primary
 * @param rowCountsBefore key tables' rows on the primary before the failure
 * @param rowCountsAfter the same tables on the new primary after it
 * @param rto failure to the new primary accepting a write, or null when it never did
 * @param committed transactions the drill's writer saw committed on the old primary
 * @param lost of those, how many the new primary does not have (the measured RPO in transactions)
 * @param lostWindow time between the first lost commit and the failure (RPO in time), or zero
 * @param outcome how it ended
 * @param emulated whether the drill ran on the emulated Oracle stand-in
 * @since 1.1
 */
public record DrillRecord(String id, String siteId, String system, DrillKind kind, String formerPrimaryId,
        String newPrimaryId, String user, Instant started, Instant finished, LagFigures lagAtStart,
        List<DrillEvent> timeline, boolean markerFound, Map<String, Long> rowCountsBefore,
        Map<String, Long> rowCountsAfter, Duration rto, long committed, long lost, Duration lostWindow,
        ActionResult.Outcome outcome, boolean emulated) {

    public DrillRecord {
        timeline = List.copyOf(timeline);
        rowCountsBefore = Map.copyOf(rowCountsBefore);
        rowCountsAfter = Map.copyOf(rowCountsAfter);
    }
}
