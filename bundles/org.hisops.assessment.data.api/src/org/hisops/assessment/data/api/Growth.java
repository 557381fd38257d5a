package org.hisops.assessment.data.api;

import java.time.Instant;

import org.hisops.report.Json;

/**
 * Growth of a schema (table {@code null}) or a table between two points in time.
 *
 * @param owner the schema
 * @param table the table, or {@code null} for the whole schema
 */
public record Growth(String owner, String table, Instant from, Instant to, long fromBytes, long toBytes) {

    /** Days between the two points (fractional). */
    public double days() {
        return (to.getEpochSecond() - from.getEpochSecond()) / 86_400.0;
    }

    /** Bytes per day, 0 when both points are at the same time. */
    public double bytesPerDay() {
        double d = days();
        return d <= 0 ? 0 : (toBytes - fromBytes) / d;
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", owner).put("table", table).put("from", from).put("to", to)
                .put("fromBytes", fromBytes).put("toBytes", toBytes).put("bytesPerDay", Math.round(bytesPerDay()));
    }
}
