package org.hisops.migration.api;

import java.time.Duration;

/**
 * How a verification runs.
 *
 * @param mode COUNT, CHECKSUM or SAMPLE
 * @param samplePercent for SAMPLE: the share of segments compared (1-100)
 * @param emptyStringIsNull Oracle stores '' as NULL: when on, an empty text on a PostgreSQL/KingbaseES side is
 *            hashed as NULL (so it equals Oracle's NULL); off, '' and NULL differ. The result names the rule.
 * @param segmentRows rows per key-range segment aimed at
 * @param leafRows a differing segment of at most this many rows is compared row by row; a larger one is split
 * @param recheckDelay how long to wait before differing rows are read again (rows still in flight under
 *            replication then settle and are not reported)
 * @param parallelTables table pairs compared at once (their work shares the endpoints' connection limits)
 * @param sessionsPerSide sessions held on each endpoint (never more than its connection limit)
 * @param reportedRowsPerTable differing rows kept with their values per table (all are counted)
 */
public record VerifyOptions(VerifyMode mode, int samplePercent, boolean emptyStringIsNull, int segmentRows,
        int leafRows, Duration recheckDelay, int parallelTables, int sessionsPerSide, int reportedRowsPerTable) {

    public VerifyOptions {
        if (mode == null) {
            throw new IllegalArgumentException("mode");
        }
        if (samplePercent < 1 || samplePercent > 100) {
            throw new IllegalArgumentException("sample percent must be 1-100: " + samplePercent);
        }
        if (segmentRows < 10 || leafRows < 1 || parallelTables < 1 || sessionsPerSide < 1
                || reportedRowsPerTable < 0) {
            throw new IllegalArgumentException("segment, leaf, table and session figures must be positive");
        }
        recheckDelay = recheckDelay == null ? Duration.ZERO : recheckDelay;
    }

    /** Checksum mode with the defaults: 50,000-row segments, 2,000-row leaves, a 2 s re-check delay. */
    public static VerifyOptions checksum() {
        return new VerifyOptions(VerifyMode.CHECKSUM, 100, true, 50_000, 2_000, Duration.ofSeconds(2), 2, 2, 1_000);
    }

    public VerifyOptions withMode(VerifyMode m, int percent) {
        return new VerifyOptions(m, percent, emptyStringIsNull, segmentRows, leafRows, recheckDelay, parallelTables,
                sessionsPerSide, reportedRowsPerTable);
    }

    public VerifyOptions withEmptyStringIsNull(boolean on) {
        return new VerifyOptions(mode, samplePercent, on, segmentRows, leafRows, recheckDelay, parallelTables,
                sessionsPerSide, reportedRowsPerTable);
    }

    public VerifyOptions withSegments(int rows, int leaf) {
        return new VerifyOptions(mode, samplePercent, emptyStringIsNull, rows, leaf, recheckDelay, parallelTables,
                sessionsPerSide, reportedRowsPerTable);
    }

    public VerifyOptions withRecheckDelay(Duration delay) {
        return new VerifyOptions(mode, samplePercent, emptyStringIsNull, segmentRows, leafRows, delay,
                parallelTables, sessionsPerSide, reportedRowsPerTable);
    }

    public VerifyOptions withParallelism(int tables, int sessions) {
        return new VerifyOptions(mode, samplePercent, emptyStringIsNull, segmentRows, leafRows, recheckDelay,
                tables, sessions, reportedRowsPerTable);
    }
}
