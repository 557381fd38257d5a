package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * A load statistic over a baseline's interval.
 *
 * @param perSecond delta per second of the interval
 * @param perTransaction delta per transaction (user commits + rollbacks; PostgreSQL xact_commit + xact_rollback),
 *            0 without transactions
 */
public record LoadFigure(String name, long delta, double perSecond, double perTransaction) {

    public Json.Obj toJson() {
        return Json.object().put("name", name).put("delta", delta).put("perSecond", perSecond)
                .put("perTransaction", perTransaction);
    }
}
