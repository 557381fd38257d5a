package org.hisops.migration.core.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.hisops.db.api.Engine;

/**
 * Oracle 10.2 and later. Hashes with DBMS_CRYPTO.HASH(.., 2) (MD5), which needs EXECUTE on DBMS_CRYPTO; a CLOB is
 * hashed as AL32UTF8 whatever the database character set, so a ZHS16GBK database hashes the same bytes as a UTF-8
 * PostgreSQL. Without the grant, run with hashing in HisOps (VerifyOptions.hashInDatabase off).
 */
final class OracleDialect implements Dialect {

    /** DBMS_CRYPTO.HASH_MD5; the package constant cannot be named in SQL. */
    private static final int HASH_MD5 = 2;

    @Override
    public Engine engine() {
        return Engine.ORACLE;
    }

    @Override
    public String table(String schema, String table, String asOf) {
        return quote(schema) + "." + quote(table) + (asOf == null ? "" : " AS OF SCN " + Long.parseLong(asOf));
    }

    @Override
    public String part(String column, ColumnKind kind, boolean emptyIsNull, boolean hashed) {
        String c = quote(column);
        if (hashed) {
            return switch (kind) {
                case BINARY, CLOB -> "LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(" + c + ", " + HASH_MD5 + ")))";
                default -> md5Hex(text(c, kind));
            };
        }
        return text(c, kind);
    }

    private static String text(String c, ColumnKind kind) {
        return switch (kind) {
            case INTEGER, DECIMAL -> number(c);
            case FLOAT -> number("CAST(" + c + " AS NUMBER)");
            case TEXT, OTHER -> c;
            case CLOB -> c;
            case CHAR -> "RTRIM(" + c + ", ' ')";
            case DATE -> "TO_CHAR(" + c + ", 'YYYY-MM-DD HH24:MI:SS')";
            case TIMESTAMP -> "RTRIM(RTRIM(TO_CHAR(" + c + ", 'YYYY-MM-DD HH24:MI:SS.FF6'), '0'), '.')";
            // Oracle's || treats NULL as '' (SQL Reference 10g, "Concatenation Operator": null results only from
            // two nulls), so NULL || 'Z' is 'Z': without the CASE a NULL time would read as a time on Oracle.
            case TIMESTAMPTZ -> "CASE WHEN " + c + " IS NULL THEN NULL ELSE RTRIM(RTRIM(TO_CHAR(SYS_EXTRACT_UTC(" + c
                    + "), 'YYYY-MM-DD HH24:MI:SS.FF6'), '0'), '.') || 'Z' END";
            case BINARY -> "LOWER(RAWTOHEX(" + c + "))";
            case BOOLEAN -> number(c);
        };
    }

    /** TO_CHAR(.., 'TM9') is minimal and plain, but writes 0.5 as .5: the leading zero is put back. */
    private static String number(String n) {
        return "CASE WHEN " + n + " > -1 AND " + n + " < 1 AND " + n + " <> 0 THEN REPLACE(TO_CHAR(" + n
                + ", 'TM9'), '.', '0.') ELSE TO_CHAR(" + n + ", 'TM9') END";
    }

    @Override
    public String length(String text) {
        return "LENGTH(" + text + ")";
    }

    @Override
    public String join(List<String> framed) {
        // TO_CLOB first: the concatenation is a CLOB, so a wide row never hits ORA-01489 (4,000 bytes)
        return "TO_CLOB(" + framed.get(0) + ")" + (framed.size() > 1 ? " || '|' || " : "")
                + String.join(" || '|' || ", framed.subList(1, framed.size()));
    }

    @Override
    public String md5Hex(String text) {
        return "LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(TO_CLOB(" + text + "), " + HASH_MD5 + ")))";
    }

    @Override
    public String h15(String md5Hex) {
        return "TO_NUMBER(SUBSTR(" + md5Hex + ", 1, 15), 'XXXXXXXXXXXXXXX')";
    }

    @Override
    public String mod(String a, int b) {
        return "MOD(" + a + ", " + b + ")";
    }

    @Override
    public String keyCompare(List<String> keys, String op) {
        // (k1 > ? OR (k1 = ? AND (k2 > ? OR (k2 = ? AND k3 op ?)))) with op on the last column
        String strict = op.startsWith(">") ? ">" : "<";
        StringBuilder s = new StringBuilder();
        int n = keys.size();
        for (int i = 0; i < n; i++) {
            String k = quote(keys.get(i));
            if (i == n - 1) {
                s.append(k).append(' ').append(op).append(" ?");
            } else {
                s.append('(').append(k).append(' ').append(strict).append(" ? OR (").append(k).append(" = ? AND ");
            }
        }
        s.append(")".repeat(2 * (n - 1)));
        return s.toString();
    }

    @Override
    public int keyParameters(int keys) {
        return 2 * keys - 1;
    }

    @Override
    public List<Object> keyBinding(List<Object> key) {
        List<Object> bound = new ArrayList<>();
        for (int i = 0; i < key.size(); i++) {
            bound.add(key.get(i));
            if (i < key.size() - 1) {
                bound.add(key.get(i));
            }
        }
        return bound;
    }

    @Override
    public String literal(Object value, ColumnKind kind) {
        if (value == null) {
            return "NULL";
        }
        Object v = Dialect.materialised(value);
        return switch (v) {
            case byte[] bytes -> "HEXTORAW('" + HexFormat.of().formatHex(bytes) + "')";
            case Boolean b -> b ? "1" : "0";
            case BigDecimal d -> d.toPlainString();
            case Number n -> n.toString();
            case OffsetDateTime t -> "TO_TIMESTAMP_TZ('" + t + "', 'YYYY-MM-DD\"T\"HH24:MI:SS.FFTZH:TZM')";
            case Timestamp t -> "TO_TIMESTAMP('" + t.toLocalDateTime().toString().replace('T', ' ')
                    + "', 'YYYY-MM-DD HH24:MI:SS.FF')";
            case LocalDateTime t -> "TO_TIMESTAMP('" + t.toString().replace('T', ' ')
                    + "', 'YYYY-MM-DD HH24:MI:SS.FF')";
            default -> "'" + v.toString().replace("'", "''") + "'";
        };
    }
}
