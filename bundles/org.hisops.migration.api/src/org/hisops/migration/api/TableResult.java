package org.hisops.migration.api;

import java.util.List;

import org.hisops.db.api.DbProblem;

/**
 * The verdict on one table pair.
 *
 * @param pair the tables
 * @param status EQUAL, DIFFERENT, FAILED or CANCELLED
 * @param comparedBy key ranges, the no-key fallback, or counts only
 * @param sourceRows rows counted on the source (in the compared segments)
 * @param targetRows rows counted on the target (in the compared segments)
 * @param segments key-range segments (or hash buckets) of the table
 * @param segmentsCompared segments compared (fewer than {@code segments} for SAMPLE)
 * @param differencesFound differing rows found after the re-check (all of them)
 * @param settledOnRecheck rows that differed in the snapshot but were equal when read again (in flight)
 * @param differences the differing rows kept with their values (at most the request's limit)
 * @param columns the compared columns, in order
 * @param keyColumns the key columns (empty without a key)
 * @param rules the normalisation rules applied, as codes (e.g. {@code empty-string-is-null}); see docs/migration.md
 * @param problem why the comparison failed (FAILED), else {@code null}
 * @param problemMessage the server's or HisOps' own text for the problem, else {@code null}
 * @param repair the repair script for the target (generated, never run by the engine)
 */
public record TableResult(TablePair pair, TableStatus status, ComparedBy comparedBy, long sourceRows,
        long targetRows, int segments, int segmentsCompared, long differencesFound, long settledOnRecheck,
        List<RowDifference> differences, List<String> columns, List<String> keyColumns, List<String> rules,
        DbProblem problem, String problemMessage, RepairScript repair) {

    public TableResult {
        differences = List.copyOf(differences);
        columns = List.copyOf(columns);
        keyColumns = List.copyOf(keyColumns);
        rules = List.copyOf(rules);
    }
}
