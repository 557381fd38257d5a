package org.hisops.migration.core.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.hisops.db.api.Engine;

/** PostgreSQL and KingbaseES (in PostgreSQL mode). */
final class PostgresDialect implements Dialect {

    private final boolean utf8;

    /** @param utf8 whether the database encoding is UTF8 (then md5(text) hashes UTF-8 bytes already) */
    PostgresDialect(boolean utf8) {
        this.utf8 = utf8;
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String table(String schema, String table, String asOf) {
        return quote(schema) + "." + quote(table);
    }

    @Override
    public String part(String column, ColumnKind kind, boolean emptyIsNull, boolean hashed) {
        String c = quote(column);
        if (hashed) {
            return switch (kind) {
                case BINARY -> "md5(" + c + ")";
                default -> md5Hex(text(c, kind, emptyIsNull));
            };
        }
        return text(c, kind, emptyIsNull);
    }

    private String text(String c, ColumnKind kind, boolean emptyIsNull) {
        return switch (kind) {
            case INTEGER -> c + "::text";
            case DECIMAL -> number(c + "::text");
            case FLOAT -> number(c + "::numeric::text");
            case TEXT, CLOB -> emptyIsNull ? "NULLIF(" + c + "::text, '')" : c + "::text";
            case CHAR -> emptyIsNull ? "NULLIF(rtrim(" + c + ", ' '), '')" : "rtrim(" + c + ", ' ')";
            case DATE -> "to_char(" + c + ", 'YYYY-MM-DD HH24:MI:SS')";
            case TIMESTAMP -> "rtrim(rtrim(to_char(" + c + ", 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.')";
            case TIMESTAMPTZ -> "rtrim(rtrim(to_char(" + c
                    + " AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '0'), '.') || 'Z'";
            case BINARY -> "encode(" + c + ", 'hex')";
            case BOOLEAN -> "CASE WHEN " + c + " THEN '1' WHEN NOT " + c + " THEN '0' END";
            case OTHER -> c + "::text";
        };
    }

    /** Plain decimal, no trailing zeros after the point, no point without a fraction. */
    private static String number(String text) {
        return "CASE WHEN strpos(" + text + ", '.') > 0 THEN rtrim(rtrim(" + text + ", '0'), '.') ELSE " + text
                + " END";
    }

    @Override
    public String length(String text) {
        return "length(" + text + ")";
    }

    @Override
    public String join(List<String> framed) {
        return String.join(" || '|' || ", framed);
    }

    @Override
    public String md5Hex(String text) {
        return utf8 ? "md5(" + text + ")" : "md5(convert_to(" + text + ", 'UTF8'))";
    }

    @Override
    public String h15(String md5Hex) {
        return "('x' || substr(" + md5Hex + ", 1, 15))::bit(60)::bigint";
    }

    @Override
    public String mod(String a, int b) {
        return "(" + a + " % " + b + ")";
    }

    @Override
    public String keyCompare(List<String> keys, String op) {
        List<String> quoted = keys.stream().map(this::quote).toList();
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        return keys.size() == 1 ? quoted.get(0) + " " + op + " ?"
                : "(" + String.join(", ", quoted) + ") " + op + " (" + marks + ")";
    }

    @Override
    public int keyParameters(int keys) {
        return keys;
    }

    @Override
    public List<Object> keyBinding(List<Object> key) {
        return new ArrayList<>(key);
    }

    @Override
    public String literal(Object value, ColumnKind kind) {
        if (value == null) {
            return "NULL";
        }
        Object v = Dialect.materialised(value);
        return switch (v) {
            case byte[] bytes -> "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
            case Boolean b -> b ? "TRUE" : "FALSE";
            case BigDecimal d -> kind == ColumnKind.BOOLEAN ? (d.signum() != 0 ? "TRUE" : "FALSE")
                    : d.toPlainString();
            case Number n -> kind == ColumnKind.BOOLEAN ? (n.longValue() != 0 ? "TRUE" : "FALSE") : n.toString();
            case OffsetDateTime t -> "TIMESTAMPTZ '" + t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()
                    + "+00'";
            case Timestamp t -> "TIMESTAMP '" + t.toLocalDateTime() + "'";
            case LocalDateTime t -> "TIMESTAMP '" + t + "'";
            case java.sql.Date d -> "DATE '" + d.toLocalDate() + "'";
            case LocalDate d -> "DATE '" + d + "'";
            default -> "'" + v.toString().replace("'", "''") + "'";
        };
    }
}
