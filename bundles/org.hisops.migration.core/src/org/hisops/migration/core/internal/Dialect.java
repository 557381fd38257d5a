package org.hisops.migration.core.internal;

import java.util.List;

import org.hisops.db.api.Engine;

/**
 * The SQL pieces of one engine that the verification generates: the canonical text of a column, the row hash, the
 * 60-bit number summed per segment, key-range predicates and literals of the repair script. Both dialects produce
 * the same text, the same MD5 and the same sums for the same data; docs/migration.md states the canonical form
 * and every rule, and CanonicalRulesTest holds each rule.
 */
interface Dialect {

    Engine engine();

    /** A CLOB as its text, a BLOB as its bytes (for a repair script's literals); any other value as it is. */
    static Object materialised(Object value) {
        try {
            if (value instanceof java.sql.Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            } else if (value instanceof java.sql.Blob blob) {
                return blob.getBytes(1, (int) blob.length());
            }
            return value;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("LOB could not be read for the repair script: " + e.getMessage(), e);
        }
    }

    static Dialect of(Engine engine, boolean utf8) {
        return engine == Engine.ORACLE ? new OracleDialect() : new PostgresDialect(utf8);
    }

    /** A quoted identifier. */
    default String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** The table reference in a FROM clause, read as of {@code asOf} when the engine reads through an SCN. */
    String table(String schema, String table, String asOf);

    /**
     * The canonical text of a column (NULL for SQL NULL): see docs/migration.md.
     *
     * @param emptyIsNull treat an empty text as NULL (Oracle's rule, applied to the PostgreSQL side)
     * @param hashed hash the content (LOB or binary on either side): the text is the content's MD5 in hex
     */
    String part(String column, ColumnKind kind, boolean emptyIsNull, boolean hashed);

    /** {@code N} for NULL, else {@code V<length in characters>:<text>}: no two values frame alike. */
    default String framed(String part) {
        return "CASE WHEN " + part + " IS NULL THEN 'N' ELSE 'V' || " + length(part) + " || ':' || " + part + " END";
    }

    String length(String text);

    /** The framed parts joined by {@code |} (a CLOB on Oracle, so no 4,000-byte limit applies). */
    String join(List<String> framed);

    /** MD5 in lower-case hex of the UTF-8 bytes of a text. */
    String md5Hex(String text);

    /** The first 15 hex digits of an MD5 as a number (60 bits): summed per segment on both sides. */
    String h15(String md5Hex);

    /** {@code a mod b} for a non-negative a. */
    String mod(String a, int b);

    /** The row's hash: MD5 of the joined framed parts (narrow) or of the joined per-column MD5s (wide). */
    default String rowHash(List<String> framed, boolean wide) {
        if (!wide) {
            return md5Hex(join(framed));
        }
        return md5Hex(join(framed.stream().map(this::md5Hex).toList()).replace(" || '|' || ", " || "));
    }

    /**
     * {@code (k1, ..., kn) op (?, ..., ?)} for op {@code >=} or {@code <}, written so that every engine and version
     * understands it (Oracle 10.2 has no row-value comparison: the expanded form); parameters bind in key order,
     * {@link #keyParameters} times.
     */
    String keyCompare(List<String> keys, String op);

    /** How many times the key values are bound for {@link #keyCompare}. */
    int keyParameters(int keys);

    /** Repeats the key values as {@link #keyCompare} binds them. */
    List<Object> keyBinding(List<Object> key);

    /** A literal of a value read from the source, for the target's repair script. */
    String literal(Object value, ColumnKind kind);
}
