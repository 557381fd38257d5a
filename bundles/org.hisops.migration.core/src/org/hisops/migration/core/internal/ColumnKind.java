package org.hisops.migration.core.internal;

import java.util.Locale;

/** What a column holds, as far as the canonical form is concerned (docs/migration.md, "Canonical form"). */
enum ColumnKind {
    INTEGER, DECIMAL, FLOAT, TEXT, CHAR, DATE, TIMESTAMP, TIMESTAMPTZ, BINARY, CLOB, BOOLEAN, OTHER;

    /** Whether the column may be a key column that ranges are cut on. */
    boolean keyable() {
        return this == INTEGER || this == DECIMAL || this == TEXT || this == CHAR || this == DATE
                || this == TIMESTAMP || this == TIMESTAMPTZ;
    }

    /** Whether both sides hash the content instead of comparing its text (LOBs and binary data). */
    boolean hashed() {
        return this == BINARY || this == CLOB;
    }

    /** A PostgreSQL/KingbaseES type (pg_type.typname). */
    static ColumnKind postgres(String typname) {
        return switch (typname) {
            case "int2", "int4", "int8", "oid" -> INTEGER;
            case "numeric" -> DECIMAL;
            case "float4", "float8" -> FLOAT;
            case "varchar", "text", "name", "citext" -> TEXT;
            case "bpchar", "char" -> CHAR;
            case "date" -> DATE;
            case "timestamp" -> TIMESTAMP;
            case "timestamptz" -> TIMESTAMPTZ;
            case "bytea" -> BINARY;
            case "bool" -> BOOLEAN;
            default -> OTHER;
        };
    }

    /** An Oracle type (ALL_TAB_COLUMNS.DATA_TYPE) and scale (NUMBER with scale 0 is an integer). */
    static ColumnKind oracle(String dataType, Integer scale) {
        String t = dataType.toUpperCase(Locale.ROOT);
        if (t.equals("NUMBER")) {
            return scale != null && scale == 0 ? INTEGER : DECIMAL;
        }
        if (t.equals("FLOAT") || t.equals("BINARY_FLOAT") || t.equals("BINARY_DOUBLE")) {
            return FLOAT;
        }
        if (t.equals("VARCHAR2") || t.equals("NVARCHAR2") || t.equals("VARCHAR")) {
            return TEXT;
        }
        if (t.equals("CHAR") || t.equals("NCHAR")) {
            return CHAR;
        }
        if (t.equals("DATE")) {
            return DATE;
        }
        if (t.startsWith("TIMESTAMP")) {
            return t.contains("TIME ZONE") ? TIMESTAMPTZ : TIMESTAMP;
        }
        if (t.equals("RAW") || t.equals("BLOB")) {
            return BINARY;
        }
        if (t.equals("CLOB") || t.equals("NCLOB")) {
            return CLOB;
        }
        return OTHER;
    }
}
