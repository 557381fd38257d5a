package org.hisops.migration.copy.internal;

import java.util.List;
import java.util.Map;

import org.hisops.migration.copy.CopyPlan;

/** A translated catalogue: the plan shown to the DBA and, per table, what the copier needs. */
record Translation(CopyPlan plan, Map<String, TableSpec> specs) {

    /**
     * @param source source table name
     * @param target target table name
     * @param sourceColumns source column names, in copy order
     * @param sourceTypes source column types (Oracle DATA_TYPE; PostgreSQL format_type), same order
     * @param targetColumns target column names, same order
     * @param keyPositions positions in the column list of the key used for order and resumption; empty = no key
     * @param keyTextual per key column whether it is character data (ordered byte-wise, COLLATE "C")
     * @param keyTargetTypes per key column its target type (for the literals of a resumption)
     */
    record TableSpec(String source, String target, List<String> sourceColumns, List<String> sourceTypes,
            List<String> targetColumns, List<Integer> keyPositions, List<Boolean> keyTextual,
            List<String> keyTargetTypes) {

        boolean keyed() {
            return !keyPositions.isEmpty();
        }
    }
}
