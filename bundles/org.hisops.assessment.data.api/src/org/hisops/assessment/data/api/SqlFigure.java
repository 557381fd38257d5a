package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * A statement's cumulative (in a snapshot) or interval (in a baseline) figures.
 *
 * @param sqlId Oracle SQL_ID (10g+), PostgreSQL queryid
 * @param planHash Oracle PLAN_HASH_VALUE of the cursor, 0 when unknown (PostgreSQL)
 * @param text the statement text (the first 1,000 characters)
 * @param elapsedMicros elapsed time, microseconds
 * @param cpuMicros CPU time, microseconds (PostgreSQL: not measured, -1)
 */
public record SqlFigure(String sqlId, long planHash, String text, long executions, long elapsedMicros,
        long cpuMicros, long bufferGets, long diskReads) {

    public double elapsedPerExecution() {
        return executions <= 0 ? 0 : (double) elapsedMicros / executions;
    }

    public double bufferGetsPerExecution() {
        return executions <= 0 ? 0 : (double) bufferGets / executions;
    }

    public double cpuPerExecution() {
        return executions <= 0 || cpuMicros < 0 ? 0 : (double) cpuMicros / executions;
    }

    /** The text with literals and runs of white space replaced, upper case: the same statement with other values. */
    public String normalisedText() {
        return text.replaceAll("'([^']|'')*'", "?").replaceAll("\\b\\d+(\\.\\d+)?\\b", "?")
                .replaceAll("(:\\w+|\\$\\d+)", "?").replaceAll("\\s+", " ").trim().toUpperCase(java.util.Locale.ROOT);
    }

    public Json.Obj toJson() {
        return Json.object().put("sqlId", sqlId).put("planHash", planHash).put("text", text)
                .put("executions", executions).put("elapsedMicros", elapsedMicros)
                .put("cpuMicros", cpuMicros < 0 ? null : cpuMicros).put("bufferGets", bufferGets)
                .put("diskReads", diskReads);
    }
}
