package org.hisops.assessment.data.api;

import java.time.Instant;

import org.hisops.report.Json;

/**
 * A table whose optimizer statistics need gathering.
 *
 * @param state why
 * @param statsRows the row count the statistics hold, -1 when never analysed
 * @param lastAnalyzed when last analysed, {@code null} when never
 * @param ageDays days since then on the server's clock, -1 when never
 */
public record TableStatistics(TableName table, State state, long statsRows, Instant lastAnalyzed, long ageDays) {

    public enum State {
        /** Oracle marks them stale (DBA_TAB_STATISTICS.STALE_STATS, 11.2) or PostgreSQL counts over 10 % changed rows since. */
        STALE,
        /** Analysed longer ago than the request's limit. */
        OLD,
        /** Never analysed. */
        NEVER
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", table.owner()).put("table", table.table()).put("state", state)
                .put("statsRows", statsRows < 0 ? null : statsRows).put("lastAnalyzed", lastAnalyzed)
                .put("ageDays", ageDays < 0 ? null : ageDays);
    }
}
