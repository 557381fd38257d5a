package org.hisops.migration.copy.internal;

import java.math.BigInteger;
import java.util.List;

import org.hisops.db.api.Engine;

/**
 * The source schema as its catalogue describes it (Oracle's DBA_ views or PostgreSQL's pg_catalog), before any
 * translation.
 */
record SourceCatalog(Engine engine, String version, boolean emulated, String schema, List<Table> tables,
        List<Sequence> sequences, List<Trigger> triggers) {

    SourceCatalog {
        tables = List.copyOf(tables);
        sequences = List.copyOf(sequences);
        triggers = List.copyOf(triggers);
    }

    /**
     * A column. Oracle fills dataType/length/precision/scale/charUsed/charLength from DBA_TAB_COLUMNS; PostgreSQL
     * fills {@code formatted} (format_type) and {@code identity}.
     */
    record Column(String name, String dataType, Integer length, Integer precision, Integer scale, String charUsed,
            Integer charLength, boolean nullable, String defaultText, String comment, String formatted,
            boolean identity) {

        static Column oracle(String name, String dataType, Integer length, Integer precision, Integer scale,
                String charUsed, Integer charLength, boolean nullable, String defaultText) {
            return new Column(name, dataType, length, precision, scale, charUsed, charLength, nullable, defaultText,
                    null, null, false);
        }

        Column withComment(String text) {
            return new Column(name, dataType, length, precision, scale, charUsed, charLength, nullable, defaultText,
                    text, formatted, identity);
        }
    }

    /**
     * A constraint. {@code type}: P primary, U unique, R foreign (Oracle's letter; PostgreSQL's f is mapped to R),
     * C check. {@code definition} is PostgreSQL's own text (pg_get_constraintdef); {@code condition} Oracle's
     * SEARCH_CONDITION.
     */
    record Constraint(String name, char type, List<String> columns, String refTable, List<String> refColumns,
            String deleteRule, String condition, String definition, boolean validated) {

        Constraint {
            columns = List.copyOf(columns);
            refColumns = refColumns == null ? List.of() : List.copyOf(refColumns);
        }
    }

    /** An index that no constraint owns; {@code kind} NORMAL, BITMAP, FUNCTION-BASED...; PostgreSQL's definition. */
    record Index(String name, boolean unique, List<String> columns, String kind, String definition) {

        Index {
            columns = List.copyOf(columns);
        }

        boolean functionBased() {
            return kind != null && kind.startsWith("FUNCTION-BASED");
        }
    }

    record Table(String name, String comment, List<Column> columns, List<Constraint> constraints, List<Index> indexes) {

        Table {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            indexes = List.copyOf(indexes);
        }

        java.util.Optional<Column> column(String columnName) {
            return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
        }
    }

    /** A sequence; {@code last} is Oracle's LAST_NUMBER or PostgreSQL's last_value (null when never used). */
    record Sequence(String name, BigInteger min, BigInteger max, BigInteger increment, boolean cycle, long cache,
            BigInteger last, boolean called) {
    }

    /** A trigger whose body takes a sequence's NEXTVAL (Oracle's way to fill a key before 12c). */
    record Trigger(String name, String table, String sequence) {
    }
}
