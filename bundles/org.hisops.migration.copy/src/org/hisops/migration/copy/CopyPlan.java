package org.hisops.migration.copy;

import java.util.List;

/**
 * The translated source: per table its columns and statements, plus the statements that run after the data
 * (keys, indexes, foreign keys, sequences) and everything the DBA must know.
 *
 * @param sourceEngine the engine the catalogue was read from
 * @param sourceVersion the source server's version
 * @param emulated whether the source is the Oracle stand-in (everything read from it is emulated)
 * @param tables one entry per copied table, in copy order
 * @param beforeData statements that create the schema and sequences (run once, before any table)
 * @param afterData keys, indexes and foreign keys, in dependency order (run once the rows are in)
 * @param notes everything the translation changed or refused
 */
public record CopyPlan(String sourceEngine, String sourceVersion, boolean emulated, List<TablePlan> tables,
        List<String> beforeData, List<String> afterData, List<MappingNote> notes) {

    public CopyPlan {
        tables = List.copyOf(tables);
        beforeData = List.copyOf(beforeData);
        afterData = List.copyOf(afterData);
        notes = List.copyOf(notes);
    }

    /**
     * One table.
     *
     * @param source the source table's name as the source spells it
     * @param target the target table's name (unquoted spelling; quoted where PostgreSQL needs it)
     * @param columns source column -> target column and type, in column order
     * @param key the target's key columns used for ordering and resumption (primary key, else the first unique key
     *            of NOT NULL columns); empty when the table has none (then it restarts from scratch)
     * @param create CREATE TABLE with NOT NULL and CHECK constraints, and comments
     * @param refused whether the table cannot be copied (a refused column type); the notes say why
     */
    public record TablePlan(String source, String target, List<ColumnPlan> columns, List<String> key,
            List<String> create, boolean refused) {

        public TablePlan {
            columns = List.copyOf(columns);
            key = List.copyOf(key);
            create = List.copyOf(create);
        }
    }

    /** One column: source name and type as the source's catalogue states them, target name and type. */
    public record ColumnPlan(String source, String sourceType, String target, String targetType) {
    }
}
