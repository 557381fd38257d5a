package org.hisops.migration.copy.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.hisops.db.api.Engine;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPlan.ColumnPlan;
import org.hisops.migration.copy.CopyPlan.TablePlan;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.MappingNote.Level;

/**
 * Source catalogue -> target DDL. Row-level rules (NOT NULL, CHECK) go with the table, so a row that breaks them is
 * refused by COPY and isolated as a reject; keys, indexes and foreign keys come after the data (faster bulk load, and
 * a key built once instead of maintained row by row); sequences before the tables (defaults name them) and their
 * positions after the data.
 */
final class Translator {

    static final java.math.BigInteger BIGINT_MAX = java.math.BigInteger.valueOf(Long.MAX_VALUE);
    static final java.math.BigInteger BIGINT_MIN = java.math.BigInteger.valueOf(Long.MIN_VALUE);
    private static final Pattern NOT_NULL_CHECK = Pattern.compile("(?i)^\\s*\"?[A-Za-z0-9_$#]+\"?\\s+IS\\s+NOT\\s+NULL\\s*$");

    private final SourceCatalog catalog;
    private final String targetSchema;
    private final List<MappingNote> notes = new ArrayList<>();
    private final List<String> beforeData = new ArrayList<>();
    private final List<String> afterKeys = new ArrayList<>();
    private final List<String> afterIndexes = new ArrayList<>();
    private final List<String> afterForeign = new ArrayList<>();
    private final List<String> afterSequences = new ArrayList<>();

    private Translator(SourceCatalog catalog, String targetSchema) {
        this.catalog = catalog;
        this.targetSchema = targetSchema;
    }

    static Translation translate(SourceCatalog catalog, String targetSchema) {
        return new Translator(catalog, targetSchema).run();
    }

    private boolean oracle() {
        return catalog.engine() == Engine.ORACLE;
    }

    private String name(String sourceName) {
        return oracle() ? Identifiers.fold(sourceName) : sourceName;
    }

    private String table(String sourceName) {
        return Identifiers.qualified(targetSchema, name(sourceName));
    }

    private Translation run() {
        beforeData.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(targetSchema));
        catalog.sequences().forEach(this::sequence);
        List<TablePlan> tables = new ArrayList<>();
        Map<String, Translation.TableSpec> specs = new LinkedHashMap<>();
        for (SourceCatalog.Table t : catalog.tables()) {
            Translation.TableSpec spec = tablePlan(t, tables);
            if (spec != null) {
                specs.put(t.name(), spec);
            }
        }
        for (SourceCatalog.Trigger trigger : catalog.triggers()) {
            notes.add(MappingNote.of(trigger.table() + "." + trigger.name(), Level.WARNING, "trigger-nextval",
                    trigger.table(), name(trigger.sequence()), name(trigger.table())));
        }
        List<String> afterData = new ArrayList<>(afterKeys);
        afterData.addAll(afterIndexes);
        afterData.addAll(afterForeign);
        afterData.addAll(afterSequences);
        CopyPlan plan = new CopyPlan(catalog.engine().name(), catalog.version(), catalog.emulated(), tables,
                beforeData, afterData, notes);
        return new Translation(plan, specs);
    }

    private void sequence(SourceCatalog.Sequence s) {
        String object = s.name();
        java.math.BigInteger max = s.max();
        java.math.BigInteger min = s.min();
        if (max != null && max.compareTo(BIGINT_MAX) > 0) {
            notes.add(MappingNote.of(object, Level.INFO, "sequence-max-clamped", max));
            max = BIGINT_MAX;
        }
        if (min != null && min.compareTo(BIGINT_MIN) < 0) {
            notes.add(MappingNote.of(object, Level.INFO, "sequence-min-clamped", min));
            min = BIGINT_MIN;
        }
        String qualified = Identifiers.qualified(targetSchema, name(s.name()));
        StringBuilder ddl = new StringBuilder("CREATE SEQUENCE IF NOT EXISTS ").append(qualified);
        ddl.append(" INCREMENT BY ").append(s.increment());
        if (min != null) {
            ddl.append(" MINVALUE ").append(min);
        }
        if (max != null) {
            ddl.append(" MAXVALUE ").append(max);
        }
        ddl.append(" CACHE ").append(Math.max(1, s.cache()));
        ddl.append(s.cycle() ? " CYCLE" : " NO CYCLE");
        beforeData.add(ddl.toString());
        if (s.last() != null) {
            java.math.BigInteger position = s.last();
            if (position.compareTo(BIGINT_MAX) > 0) {
                position = BIGINT_MAX;
            }
            // Oracle's LAST_NUMBER is at or beyond the next value (it counts the cache), so no number is reused;
            // PostgreSQL's last_value with is_called says exactly where it stands.
            boolean called = oracle() ? false : s.called();
            afterSequences.add("SELECT setval(" + Identifiers.literal(qualified) + ", " + position + ", " + called
                    + ")");
        }
    }

    private Translation.TableSpec tablePlan(SourceCatalog.Table t, List<TablePlan> tables) {
        String target = name(t.name());
        String qualified = table(t.name());
        List<ColumnPlan> columns = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        List<String> sourceTypes = new ArrayList<>();
        boolean refused = false;
        for (SourceCatalog.Column c : t.columns()) {
            String object = t.name() + "." + c.name();
            String type;
            String sourceType;
            String defaultExpression;
            if (oracle()) {
                OracleTypeMapping.Mapped mapped = OracleTypeMapping.map(object, c);
                notes.addAll(mapped.notes());
                type = mapped.type();
                sourceType = oracleTypeText(c);
                defaultExpression = type == null ? null
                        : OracleTypeMapping.defaultExpression(object, c.defaultText(), type, notes);
            } else {
                type = c.formatted();
                sourceType = c.formatted();
                defaultExpression = c.identity() ? null : c.defaultText();
            }
            sourceTypes.add(sourceType);
            columns.add(new ColumnPlan(c.name(), sourceType, name(c.name()), type));
            if (type == null) {
                refused = true;
                continue;
            }
            StringBuilder d = new StringBuilder(Identifiers.quote(name(c.name()))).append(' ').append(type);
            if (c.identity()) {
                d.append(" GENERATED BY DEFAULT AS IDENTITY");
                afterSequences.add("SELECT setval(pg_get_serial_sequence(" + Identifiers.literal(qualified) + ", "
                        + Identifiers.literal(name(c.name())) + "), (SELECT max(" + Identifiers.quote(name(c.name()))
                        + ") FROM " + qualified + "))");
            }
            if (defaultExpression != null) {
                d.append(" DEFAULT ").append(defaultExpression);
            }
            if (!c.nullable()) {
                d.append(" NOT NULL");
            }
            definitions.add(d.toString());
            if (c.comment() != null && !c.comment().isEmpty()) {
                comments.add("COMMENT ON COLUMN " + qualified + "." + Identifiers.quote(name(c.name())) + " IS "
                        + Identifiers.literal(c.comment()));
            }
        }
        if (refused) {
            notes.add(MappingNote.of(t.name(), Level.REFUSED, "table-refused", t.name()));
            tables.add(new TablePlan(t.name(), target, columns, List.of(), List.of(), true));
            return null;
        }
        List<String> create = new ArrayList<>();
        create.add("CREATE TABLE IF NOT EXISTS " + qualified + " (" + String.join(", ", definitions) + ")");
        if (t.comment() != null && !t.comment().isEmpty()) {
            create.add("COMMENT ON TABLE " + qualified + " IS " + Identifiers.literal(t.comment()));
        }
        create.addAll(comments);
        for (SourceCatalog.Constraint k : t.constraints()) {
            constraint(t, k, qualified, create);
        }
        for (SourceCatalog.Index index : t.indexes()) {
            index(t, index, qualified);
        }
        List<String> key = keyColumns(t);
        List<Integer> positions = new ArrayList<>();
        List<Boolean> textual = new ArrayList<>();
        List<String> keyTypes = new ArrayList<>();
        for (String k : key) {
            int i = indexOf(t, k);
            positions.add(i);
            textual.add(textual(t.columns().get(i)));
            keyTypes.add(columns.get(i).targetType());
        }
        if (key.isEmpty()) {
            notes.add(MappingNote.of(t.name(), Level.WARNING, "no-key-restart", t.name()));
        }
        tables.add(new TablePlan(t.name(), target, columns, key.stream().map(this::name).toList(), create, false));
        return new Translation.TableSpec(t.name(), target, t.columns().stream().map(SourceCatalog.Column::name).toList(),
                sourceTypes, t.columns().stream().map(c -> name(c.name())).toList(), positions, textual, keyTypes);
    }

    private static int indexOf(SourceCatalog.Table t, String column) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalStateException("key column " + column + " not in " + t.name());
    }

    private boolean textual(SourceCatalog.Column c) {
        String type = (oracle() ? c.dataType() : c.formatted()).toLowerCase(Locale.ROOT);
        return type.contains("char") || type.equals("text") || type.contains("clob") || type.equals("citext")
                || type.equals("name");
    }

    /** The primary key, else the first unique key whose columns are all NOT NULL, else none. */
    static List<String> keyColumns(SourceCatalog.Table t) {
        for (SourceCatalog.Constraint k : t.constraints()) {
            if (k.type() == 'P') {
                return k.columns();
            }
        }
        for (SourceCatalog.Constraint k : t.constraints()) {
            if (k.type() == 'U' && k.columns().stream()
                    .allMatch(c -> t.column(c).map(col -> !col.nullable()).orElse(false))) {
                return k.columns();
            }
        }
        return List.of();
    }

    private void constraint(SourceCatalog.Table t, SourceCatalog.Constraint k, String qualified, List<String> create) {
        String object = t.name() + "." + k.name();
        String add = "ALTER TABLE " + qualified + " ADD CONSTRAINT " + Identifiers.quote(name(k.name())) + " ";
        String columns = String.join(", ", k.columns().stream().map(c -> Identifiers.quote(name(c))).toList());
        switch (k.type()) {
            case 'P' -> afterKeys.add(add + (oracle() ? "PRIMARY KEY (" + columns + ")" : k.definition()));
            case 'U' -> afterKeys.add(add + (oracle() ? "UNIQUE (" + columns + ")" : k.definition()));
            case 'R' -> {
                String definition;
                if (oracle()) {
                    String rule = switch (k.deleteRule() == null ? "NO ACTION" : k.deleteRule()) {
                        case "CASCADE" -> " ON DELETE CASCADE";
                        case "SET NULL" -> " ON DELETE SET NULL";
                        default -> "";
                    };
                    definition = "FOREIGN KEY (" + columns + ") REFERENCES " + table(k.refTable()) + " ("
                            + String.join(", ", k.refColumns().stream().map(c -> Identifiers.quote(name(c))).toList())
                            + ")" + rule;
                } else {
                    definition = stripNotValid(k.definition());
                }
                // NOT VALID then VALIDATE: a child row whose parent was rejected leaves the key unvalidated
                // (a note) instead of failing the whole step
                afterForeign.add(add + definition + " NOT VALID");
                afterForeign.add("ALTER TABLE " + qualified + " VALIDATE CONSTRAINT " + Identifiers.quote(name(k.name())));
            }
            case 'C' -> {
                String condition = oracle() ? k.condition() : stripNotValid(k.definition());
                if (oracle() && (condition == null || NOT_NULL_CHECK.matcher(condition).matches())) {
                    return; // Oracle's SYS_C... "COL" IS NOT NULL: already the column's NOT NULL
                }
                if (!k.validated()) {
                    notes.add(MappingNote.of(object, Level.WARNING, "check-not-validated", k.name()));
                }
                create.add(add + (oracle() ? "CHECK (" + condition + ")" : condition));
            }
            default -> notes.add(MappingNote.of(object, Level.REFUSED, "constraint-unsupported", k.type()));
        }
    }

    private static String stripNotValid(String definition) {
        return definition.endsWith(" NOT VALID") ? definition.substring(0, definition.length() - 10) : definition;
    }

    private void index(SourceCatalog.Table t, SourceCatalog.Index index, String qualified) {
        String object = t.name() + "." + index.name();
        if (!oracle()) {
            if (index.functionBased()) {
                notes.add(MappingNote.of(object, Level.INFO, "index-expression-copied", index.name()));
            }
            afterIndexes.add(index.definition());
            return;
        }
        if (index.functionBased()) {
            notes.add(MappingNote.of(object, Level.REFUSED, "index-function-based", index.name()));
            return;
        }
        String kind = index.kind() == null ? "NORMAL" : index.kind();
        if (kind.equals("BITMAP")) {
            notes.add(MappingNote.of(object, Level.INFO, "index-bitmap", index.name()));
        } else if (!kind.equals("NORMAL") && !kind.equals("NORMAL/REV")) {
            notes.add(MappingNote.of(object, Level.REFUSED, "index-kind", index.name(), kind));
            return;
        }
        if (kind.equals("NORMAL/REV")) {
            notes.add(MappingNote.of(object, Level.INFO, "index-reverse", index.name()));
        }
        afterIndexes.add("CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + Identifiers.quote(name(index.name()))
                + " ON " + qualified + " ("
                + String.join(", ", index.columns().stream().map(c -> Identifiers.quote(name(c))).toList()) + ")");
    }

    static String oracleTypeText(SourceCatalog.Column c) {
        String type = c.dataType();
        if (type == null) {
            return "";
        }
        return switch (type) {
            case "NUMBER" -> c.precision() == null ? (c.scale() != null && c.scale() == 0 ? "NUMBER(*,0)" : "NUMBER")
                    : "NUMBER(" + c.precision() + "," + (c.scale() == null ? 0 : c.scale()) + ")";
            case "VARCHAR2", "CHAR", "VARCHAR" -> type + "(" + ("C".equals(c.charUsed())
                    ? c.charLength() + " CHAR" : c.length() + " BYTE") + ")";
            case "NVARCHAR2", "NCHAR" -> type + "(" + (c.charLength() == null ? c.length() : c.charLength()) + ")";
            case "RAW", "UROWID" -> type + "(" + c.length() + ")";
            case "FLOAT" -> c.precision() == null ? "FLOAT" : "FLOAT(" + c.precision() + ")";
            default -> type;
        };
    }
}
