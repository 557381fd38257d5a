package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * How long a Data Pump export (expdp) of the assessed schemas takes: {@code seconds = bytes / throughput}. Bytes are
 * the table and LOB segments (the rows Data Pump writes); indexes are left out because Data Pump exports their
 * definitions and the import rebuilds them.
 *
 * @param bytes table + LOB segment bytes of the assessed schemas
 * @param gbPerHour the throughput used
 * @param source where that throughput comes from
 */
public record DataPumpEstimate(long bytes, double gbPerHour, Source source) {

    public enum Source {
        /** The site's setting {@link DataAssessment#DATAPUMP_THROUGHPUT_SETTING}. */
        SITE,
        /** {@link DataAssessment#DEFAULT_DATAPUMP_GB_PER_HOUR}: an assumption, not a measurement. */
        ASSUMED
    }

    private static final double GB = 1024.0 * 1024 * 1024;

    public double seconds() {
        return gbPerHour <= 0 ? 0 : bytes / GB / gbPerHour * 3600.0;
    }

    public double gigabytes() {
        return bytes / GB;
    }

    public Json.Obj toJson() {
        return Json.object().put("bytes", bytes).put("gbPerHour", gbPerHour).put("throughputSource", source)
                .put("seconds", Math.round(seconds()))
                .put("formula", "seconds = (table + LOB segment bytes) / (gbPerHour * 1024^3 / 3600)");
    }
}
