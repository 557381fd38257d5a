package org.hisops.migration.core.internal;

/**
 * A compared column: its name on each side (catalogue spelling) and the kind both sides are normalised as.
 *
 * @param sourceName name on the source
 * @param targetName name on the target
 * @param sourceKind kind on the source
 * @param targetKind kind on the target
 * @param hashed whether both sides hash the content (a LOB or binary column on either side)
 * @param length the larger declared length in bytes (0 when unknown)
 */
record Column(String sourceName, String targetName, ColumnKind sourceKind, ColumnKind targetKind, boolean hashed,
        int length) {
}
