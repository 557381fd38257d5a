package org.hisops.assessment.data.api;

import java.util.List;

import org.hisops.report.Json;

/**
 * Two baselines compared (before, after).
 *
 * @param load each load statistic per second, before and after
 * @param waits each wait event's time per second, before and after
 * @param regressed statements slower per execution by more than the threshold, worst first
 */
public record BaselineComparison(Baseline before, Baseline after, double thresholdPercent, List<Change> load,
        List<Change> waits, List<Regression> regressed) {

    public BaselineComparison {
        load = List.copyOf(load);
        waits = List.copyOf(waits);
        regressed = List.copyOf(regressed);
    }

    /** A figure per second before and after. */
    public record Change(String name, double before, double after) {

        /** Change in percent; 0 when both are 0, infinite when only after is not. */
        public double percent() {
            return before == 0 ? (after == 0 ? 0 : Double.POSITIVE_INFINITY) : (after - before) / before * 100.0;
        }

        public Json.Obj toJson() {
            return Json.object().put("name", name).put("before", before).put("after", after).put("percent", percent());
        }
    }

    /**
     * A regressed statement with both plans' figures.
     *
     * @param matchedBy "sql_id" or "text"
     */
    public record Regression(SqlFigure before, SqlFigure after, String matchedBy) {

        public double percent() {
            double b = before.elapsedPerExecution();
            return b == 0 ? Double.POSITIVE_INFINITY : (after.elapsedPerExecution() - b) / b * 100.0;
        }

        public Json.Obj toJson() {
            return Json.object().put("sqlId", after.sqlId()).put("matchedBy", matchedBy).put("percent", percent())
                    .put("before", before.toJson()).put("after", after.toJson());
        }
    }

    public Json.Obj toJson() {
        return Json.object().put("kind", "baseline-comparison").put("before", before.id()).put("after", after.id())
                .put("thresholdPercent", thresholdPercent).list("regressed", regressed, Regression::toJson)
                .list("load", load, Change::toJson).list("waits", waits, Change::toJson);
    }
}
