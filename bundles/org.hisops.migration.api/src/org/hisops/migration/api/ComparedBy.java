package org.hisops.migration.api;

/** How a table pair's rows were matched. */
public enum ComparedBy {
    /** Key ranges on the primary key (composite keys too). */
    KEY_RANGES,
    /**
     * The table has no primary key on the source: rows are put in buckets by a hash of the whole row and each
     * bucket's count and hash sum are compared (a multiset comparison); differing rows are reported by their values
     * without a key, and the repair script can only insert missing rows.
     */
    NO_KEY_FALLBACK,
    /** Row counts only ({@link VerifyMode#COUNT}). */
    COUNT_ONLY
}
