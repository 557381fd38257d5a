package org.hisops.migration.copy.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.MappingNote.Level;

/**
 * Oracle 10.2/11.2 column types and defaults -> PostgreSQL/KingbaseES, the table of docs/migration-copy.md. Each
 * rule is one branch here and one unit test.
 */
final class OracleTypeMapping {

    /** A target type, or none when the column cannot be copied ({@code type} null; a REFUSED note says why). */
    record Mapped(String type, List<MappingNote> notes) {
        Mapped {
            notes = List.copyOf(notes);
        }

        boolean refused() {
            return type == null;
        }
    }

    private static final Pattern TIMESTAMP = Pattern.compile("TIMESTAMP(?:\\((\\d)\\))?( WITH( LOCAL)? TIME ZONE)?");
    private static final Pattern INTERVAL_DS = Pattern.compile("INTERVAL DAY(?:\\(\\d\\))? TO SECOND(?:\\((\\d)\\))?");
    private static final Pattern INTERVAL_YM = Pattern.compile("INTERVAL YEAR(?:\\(\\d\\))? TO MONTH");
    /** PostgreSQL keeps microseconds; Oracle up to nanoseconds. */
    private static final int PG_MAX_FRACTION = 6;

    private OracleTypeMapping() {
    }

    static Mapped map(String object, SourceCatalog.Column column) {
        List<MappingNote> notes = new ArrayList<>();
        String type = column.dataType() == null ? "" : column.dataType().trim().toUpperCase(Locale.ROOT);
        String target = switch (type) {
            case "NUMBER" -> number(object, column, notes);
            case "FLOAT" -> floatType(object, column, notes);
            case "BINARY_FLOAT" -> "real";
            case "BINARY_DOUBLE" -> "double precision";
            case "DATE" -> {
                notes.add(MappingNote.of(object, Level.INFO, "date-has-time"));
                yield "timestamp(0) without time zone";
            }
            case "VARCHAR2", "VARCHAR" -> characters(object, column, "varchar", notes);
            case "NVARCHAR2" -> "varchar(" + charLength(column) + ")";
            case "CHAR" -> characters(object, column, "char", notes);
            case "NCHAR" -> "char(" + charLength(column) + ")";
            case "CLOB", "NCLOB" -> "text";
            case "LONG" -> {
                notes.add(MappingNote.of(object, Level.INFO, "long-to-text"));
                yield "text";
            }
            case "BLOB" -> "bytea";
            case "RAW" -> "bytea";
            case "LONG RAW" -> {
                notes.add(MappingNote.of(object, Level.INFO, "long-raw-to-bytea"));
                yield "bytea";
            }
            case "ROWID" -> {
                notes.add(MappingNote.of(object, Level.WARNING, "rowid-as-text"));
                yield "varchar(18)";
            }
            case "UROWID" -> {
                notes.add(MappingNote.of(object, Level.WARNING, "rowid-as-text"));
                yield "varchar(" + (column.length() == null ? 4000 : column.length()) + ")";
            }
            case "XMLTYPE" -> {
                notes.add(MappingNote.of(object, Level.WARNING, "xmltype-to-xml"));
                yield "xml";
            }
            case "BFILE" -> {
                notes.add(MappingNote.of(object, Level.REFUSED, "bfile-refused"));
                yield null;
            }
            default -> temporal(object, type, notes);
        };
        return new Mapped(target, notes);
    }

    /** NUMBER(p,0) by p into the smallest exact integer type; NUMBER(p,s) numeric(p,s); bare NUMBER numeric. */
    private static String number(String object, SourceCatalog.Column column, List<MappingNote> notes) {
        Integer p = column.precision();
        Integer s = column.scale();
        if (p == null) {
            if (s != null && s == 0) {
                // NUMBER(*,0) and INTEGER/INT/SMALLINT: 38 digits, more than bigint holds
                notes.add(MappingNote.of(object, Level.INFO, "integer-38"));
                return "numeric(38,0)";
            }
            notes.add(MappingNote.of(object, Level.INFO, "number-unconstrained"));
            return "numeric";
        }
        int scale = s == null ? 0 : s;
        if (scale == 0) {
            if (p <= 4) {
                return "smallint";
            }
            if (p <= 9) {
                return "integer";
            }
            if (p <= 18) {
                return "bigint";
            }
            return "numeric(" + p + ",0)";
        }
        if (scale < 0) {
            // NUMBER(5,-2) rounds to hundreds and holds up to 7 integer digits
            notes.add(MappingNote.of(object, Level.WARNING, "negative-scale", p, scale));
            return "numeric(" + (p - scale) + ",0)";
        }
        if (scale > p) {
            // NUMBER(3,5): 0.00ddd; PostgreSQL before 15 needs precision >= scale
            notes.add(MappingNote.of(object, Level.INFO, "scale-above-precision", p, scale));
            return "numeric(" + scale + "," + scale + ")";
        }
        return "numeric(" + p + "," + scale + ")";
    }

    /** FLOAT(b) has b binary digits of a decimal NUMBER: a double holds 53, so wider ones stay exact as numeric. */
    private static String floatType(String object, SourceCatalog.Column column, List<MappingNote> notes) {
        int bits = column.precision() == null ? 126 : column.precision();
        if (bits <= 53) {
            notes.add(MappingNote.of(object, Level.INFO, "float-to-double", bits));
            return "double precision";
        }
        notes.add(MappingNote.of(object, Level.INFO, "float-to-numeric", bits));
        return "numeric";
    }

    /**
     * VARCHAR2(n BYTE|CHAR) and CHAR(n BYTE|CHAR) -> varchar(n)/char(n): PostgreSQL counts characters. n BYTE held
     * at most n characters in a GBK (or any) database, so n characters always fit, though a Chinese character grows
     * from 2 bytes (GBK) to 3 (UTF-8) on disk.
     */
    private static String characters(String object, SourceCatalog.Column column, String pgType,
            List<MappingNote> notes) {
        if ("C".equals(column.charUsed())) {
            return pgType + "(" + charLength(column) + ")";
        }
        int n = column.length() == null ? charLength(column) : column.length();
        notes.add(MappingNote.of(object, Level.INFO, "byte-semantics", n));
        return pgType + "(" + n + ")";
    }

    private static int charLength(SourceCatalog.Column column) {
        if (column.charLength() != null && column.charLength() > 0) {
            return column.charLength();
        }
        return column.length() == null ? 1 : column.length();
    }

    private static String temporal(String object, String type, List<MappingNote> notes) {
        Matcher timestamp = TIMESTAMP.matcher(type);
        if (timestamp.matches()) {
            int digits = timestamp.group(1) == null ? 6 : Integer.parseInt(timestamp.group(1));
            int kept = Math.min(digits, PG_MAX_FRACTION);
            if (digits > PG_MAX_FRACTION) {
                notes.add(MappingNote.of(object, Level.WARNING, "fraction-rounded", digits));
            }
            if (timestamp.group(2) == null) {
                return "timestamp(" + kept + ") without time zone";
            }
            if (timestamp.group(3) == null) {
                notes.add(MappingNote.of(object, Level.WARNING, "zone-region-lost"));
            } else {
                notes.add(MappingNote.of(object, Level.INFO, "local-time-zone"));
            }
            return "timestamp(" + kept + ") with time zone";
        }
        Matcher ds = INTERVAL_DS.matcher(type);
        if (ds.matches()) {
            int digits = ds.group(1) == null ? 6 : Integer.parseInt(ds.group(1));
            return "interval day to second(" + Math.min(digits, PG_MAX_FRACTION) + ")";
        }
        if (INTERVAL_YM.matcher(type).matches()) {
            return "interval year to month";
        }
        notes.add(MappingNote.of(object, Level.REFUSED, "type-unsupported", type));
        return null;
    }

    private static final Pattern NEXTVAL = Pattern.compile("(?i)\"?([A-Z0-9_$#]+)\"?\\s*\\.\\s*NEXTVAL");

    /**
     * An Oracle default expression as PostgreSQL text, or null when it has no equivalent (a REFUSED note then says
     * so and the column gets no default).
     */
    static String defaultExpression(String object, String text, String targetType, List<MappingNote> notes) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (upper.equals("NULL")) {
            return null;
        }
        if (upper.equals("SYSDATE") || upper.equals("CURRENT_DATE")) {
            // the server's local wall-clock time, as Oracle's SYSDATE in a timestamp(0) column
            notes.add(MappingNote.of(object, Level.INFO, "default-sysdate"));
            return "LOCALTIMESTAMP(0)";
        }
        if (upper.equals("SYSTIMESTAMP") || upper.equals("CURRENT_TIMESTAMP")) {
            notes.add(MappingNote.of(object, Level.INFO, "default-systimestamp"));
            return "now()";
        }
        if (upper.equals("SYS_GUID()")) {
            notes.add(MappingNote.of(object, Level.INFO, "default-sys-guid"));
            return targetType.equals("bytea") ? "decode(replace(gen_random_uuid()::text, '-', ''), 'hex')"
                    : "upper(replace(gen_random_uuid()::text, '-', ''))";
        }
        if (upper.equals("USER")) {
            return "current_user";
        }
        Matcher nextval = NEXTVAL.matcher(trimmed);
        if (nextval.find()) {
            // Oracle 12c DEFAULT seq.NEXTVAL; the sequence is copied under its lower-case name
            notes.add(MappingNote.of(object, Level.INFO, "default-nextval", nextval.group(1)));
            return "nextval('" + Identifiers.quote(Identifiers.fold(nextval.group(1))).replace("'", "''") + "')";
        }
        if (trimmed.matches("-?\\d+(\\.\\d+)?") || trimmed.matches("'([^']|'')*'")) {
            return trimmed;
        }
        notes.add(MappingNote.of(object, Level.REFUSED, "default-untranslated", trimmed));
        return null;
    }
}
