package org.hisops.migration.api;

import java.util.ArrayList;
import java.util.List;

/**
 * One row that differs after the re-check. Values are the canonical texts both sides hashed (docs/migration.md),
 * column by column in the table's column order; {@code null} is SQL NULL; LOB and binary columns show their MD5.
 *
 * @param kind what differs
 * @param key the key values (canonical text) in key column order; empty for a table without a key
 * @param sourceValues the source row, or empty when the row is missing there
 * @param targetValues the target row, or empty when the row is missing there
 * @param changedColumns the names of the columns whose values differ (for CHANGED)
 */
public record RowDifference(Kind kind, List<String> key, List<String> sourceValues, List<String> targetValues,
        List<String> changedColumns) {

    public RowDifference {
        key = List.copyOf(key);
        sourceValues = nullable(sourceValues);
        targetValues = nullable(targetValues);
        changedColumns = List.copyOf(changedColumns);
    }

    /** A copy that allows NULL elements (SQL NULL values). */
    private static List<String> nullable(List<String> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** What differs about a row. */
    public enum Kind {
        /** The source has the row, the target does not. */
        MISSING_IN_TARGET,
        /** The target has a row the source does not. */
        EXTRA_IN_TARGET,
        /** Both have the key, values differ. */
        CHANGED
    }
}
