package org.hisops.dataguard.api;

import java.util.List;
import java.util.Map;

/**
 * One primary -> standby link after a refresh: its figures and how it is judged.
 *
 * @param standbyId the standby's endpoint id
 * @param primaryId the primary's endpoint id, or null when the system has none reachable or declared
 * @param figures the lag figures
 * @param verdict the worst of the reasons (NORMAL when there is none)
 * @param reasons why, worst first
 * @param facts link facts by key (e.g. {@code sync_state}, {@code state}, {@code slot}, {@code retained_wal_bytes},
 *            {@code mrp_status}, {@code gap}, {@code thread.1.primary_sequence})
 */
public record StandbyStatus(String standbyId, String primaryId, LagFigures figures, Verdict verdict,
        List<Reason> reasons, Map<String, String> facts) {

    public StandbyStatus {
        reasons = List.copyOf(reasons);
        facts = Map.copyOf(facts);
    }

    /** Whether a reason with this key is among the reasons. */
    public boolean has(String key) {
        return reasons.stream().anyMatch(r -> r.key().equals(key));
    }
}
