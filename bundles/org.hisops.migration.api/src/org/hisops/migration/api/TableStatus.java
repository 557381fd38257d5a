package org.hisops.migration.api;

/** The verdict on one table pair. */
public enum TableStatus {
    /** Nothing differs (in the compared share of the rows, for SAMPLE). */
    EQUAL,
    /** Rows differ; the result lists them. */
    DIFFERENT,
    /** The comparison could not be made; {@link TableResult#problem()} says why. */
    FAILED,
    /** The run was cancelled before this table was finished. */
    CANCELLED
}
