package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * The result of one {@code COUNT(*)}.
 *
 * @param table the table
 * @param outcome how it ended
 * @param rows the count, or -1 when it did not finish
 * @param millis how long it ran
 * @param detail the server's message when it failed, else empty
 */
public record ExactCount(TableName table, Outcome outcome, long rows, long millis, String detail) {

    public enum Outcome {
        COUNTED, TIMED_OUT, CANCELLED, FAILED, UNKNOWN_TABLE
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", table.owner()).put("table", table.table()).put("outcome", outcome)
                .put("rows", outcome == Outcome.COUNTED ? rows : null).put("millis", millis)
                .put("detail", detail.isEmpty() ? null : detail);
    }
}
