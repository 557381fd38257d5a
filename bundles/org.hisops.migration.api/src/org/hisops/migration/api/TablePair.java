package org.hisops.migration.api;

import java.util.Objects;

/**
 * A table of the source and its copy on the target. Names are matched without regard to case when the catalogue
 * holds them in the engine's folded case (Oracle upper, PostgreSQL lower); a quoted mixed-case name is kept as is.
 *
 * @param sourceSchema owner (Oracle) or schema (PostgreSQL) on the source
 * @param sourceTable table name on the source
 * @param targetSchema schema on the target
 * @param targetTable table name on the target
 */
public record TablePair(String sourceSchema, String sourceTable, String targetSchema, String targetTable) {

    public TablePair {
        Objects.requireNonNull(sourceSchema, "sourceSchema");
        Objects.requireNonNull(sourceTable, "sourceTable");
        Objects.requireNonNull(targetSchema, "targetSchema");
        Objects.requireNonNull(targetTable, "targetTable");
    }

    /** The same schema and table name on both sides. */
    public static TablePair same(String schema, String table) {
        return new TablePair(schema, table, schema, table);
    }

    /** {@code schema.table} of the source, for messages and reports. */
    public String label() {
        return sourceSchema + "." + sourceTable;
    }
}
