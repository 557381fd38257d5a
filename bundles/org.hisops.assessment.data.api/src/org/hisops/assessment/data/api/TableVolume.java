package org.hisops.assessment.data.api;

import java.time.Instant;

import org.hisops.report.Json;

/**
 * A table's segments and its statistics.
 *
 * @param table the table
 * @param tableBytes table segments (partitions and subpartitions included; PostgreSQL: heap, free space and
 *            visibility maps)
 * @param indexBytes its index segments (LOB indexes excluded)
 * @param lobBytes its LOB segments and LOB indexes (PostgreSQL: its TOAST table and TOAST index)
 * @param partitions its partitions (0 when not partitioned)
 * @param statsRows the row count in the optimizer statistics (NUM_ROWS / reltuples), -1 when never analysed
 * @param lastAnalyzed when statistics were last gathered, {@code null} when never
 */
public record TableVolume(TableName table, long tableBytes, long indexBytes, long lobBytes, int partitions,
        long statsRows, Instant lastAnalyzed) {

    public long totalBytes() {
        return tableBytes + indexBytes + lobBytes;
    }

    /** What Data Pump writes: the rows (table segments) and the LOB data, not the indexes it rebuilds. */
    public long exportBytes() {
        return tableBytes + lobBytes;
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", table.owner()).put("table", table.table()).put("tableBytes", tableBytes)
                .put("indexBytes", indexBytes).put("lobBytes", lobBytes).put("totalBytes", totalBytes())
                .put("partitions", partitions).put("statsRows", statsRows < 0 ? null : statsRows)
                .put("lastAnalyzed", lastAnalyzed);
    }
}
