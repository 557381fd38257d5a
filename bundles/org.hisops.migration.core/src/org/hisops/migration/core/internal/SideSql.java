package org.hisops.migration.core.internal;

import java.util.ArrayList;
import java.util.List;

import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;

/**
 * The generated statements of one side of a table pair. They are built from the catalogue's column names (quoted)
 * and hold no value: key bounds and keys are bound as parameters. Statements are {@link Sql#generated} because
 * they name the hospital's own tables, which no catalogue validates; the pieces they are made of are the dialect's.
 */
final class SideSql {

    /** A statement and its parameters. */
    record Bound(Sql sql, List<Object> parameters) {
        Object[] array() {
            return parameters.toArray();
        }
    }

    private final Dialect dialect;
    private final String from;
    private final List<String> names;
    private final List<ColumnKind> kinds;
    private final List<Integer> key;
    private final List<String> parts;
    private final List<String> framed;
    private final boolean wide;
    private final String fromNow;

    /**
     * @param asOf the SCN reads are made as of (Oracle), or {@code null}
     * @param emptyIsNull whether '' counts as NULL on this side
     */
    SideSql(Dialect dialect, String schema, String table, String asOf, List<String> names, List<ColumnKind> kinds,
            List<Boolean> hashed, List<Integer> key, boolean emptyIsNull, boolean wide) {
        this.dialect = dialect;
        this.from = dialect.table(schema, table, asOf);
        this.fromNow = dialect.table(schema, table, null);
        this.names = names;
        this.kinds = kinds;
        this.key = key;
        this.wide = wide;
        this.parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(dialect.part(names.get(i), kinds.get(i), emptyIsNull, hashed.get(i)));
        }
        this.framed = parts.stream().map(dialect::framed).toList();
    }

    Dialect dialect() {
        return dialect;
    }

    private Engine engine() {
        return dialect.engine();
    }

    private List<String> keyNames() {
        return key.stream().map(names::get).toList();
    }

    private String keyList() {
        return String.join(", ", keyNames().stream().map(dialect::quote).toList());
    }

    private String keyParts() {
        return String.join(", ", key.stream().map(parts::get).toList());
    }

    String rowHash() {
        return dialect.rowHash(framed, wide);
    }

    private void range(Segment s, StringBuilder where, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (s.lower() != null) {
            conditions.add(dialect.keyCompare(keyNames(), ">="));
            parameters.addAll(dialect.keyBinding(s.lower()));
        }
        if (s.upper() != null) {
            conditions.add(dialect.keyCompare(keyNames(), "<"));
            parameters.addAll(dialect.keyBinding(s.upper()));
        }
        if (!conditions.isEmpty()) {
            where.append(" WHERE ").append(String.join(" AND ", conditions));
        }
    }

    /** Count and sum of the rows' 60-bit hash numbers in a segment. */
    Bound aggregate(Segment s) {
        List<Object> p = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        range(s, where, p);
        String text = "SELECT COUNT(*), SUM(h) FROM (SELECT " + dialect.h15(rowHash()) + " h FROM " + from + where
                + ") s";
        return new Bound(Sql.generated("migration.segment.hash", engine(), text), p);
    }

    /** Every row of a segment: key parts (canonical text), raw keys, row hash. */
    Bound leaf(Segment s) {
        List<Object> p = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        range(s, where, p);
        String text = "SELECT " + keyParts() + ", " + keyList() + ", " + rowHash() + " FROM " + from + where;
        return new Bound(Sql.generated("migration.segment.rows", engine(), text), p);
    }

    /** Every n-th key of a segment in key order (ROW_NUMBER, which Oracle 10.2 and PostgreSQL both have). */
    Bound stride(Segment s, long every) {
        List<Object> p = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        range(s, where, p);
        p.add(every);
        String text = "SELECT " + keyList() + " FROM (SELECT " + keyList() + ", ROW_NUMBER() OVER (ORDER BY "
                + keyList() + ") rn FROM " + from + where + ") s WHERE " + dialect.mod("rn", 1).replace("1)", "?)")
                + " = 0 ORDER BY " + keyList();
        return new Bound(Sql.generated("migration.segment.stride", engine(), text), p);
    }

    /** Smallest and largest key (single integer keys: segments are cut by arithmetic, without a scan). */
    Bound minMax() {
        String k = keyList();
        return new Bound(Sql.generated("migration.key.bounds", engine(), "SELECT MIN(" + k + "), MAX(" + k
                + ") FROM " + from), List.of());
    }

    Bound count() {
        return new Bound(Sql.generated("migration.count", engine(), "SELECT COUNT(*) FROM " + from), List.of());
    }

    /** Count and hash sum per bucket of the row hash (the no-key fallback). */
    Bound buckets(int buckets) {
        String text = "SELECT " + dialect.mod("h", buckets) + ", COUNT(*), SUM(h) FROM (SELECT "
                + dialect.h15(rowHash()) + " h FROM " + from + ") s GROUP BY " + dialect.mod("h", buckets);
        return new Bound(Sql.generated("migration.buckets", engine(), text), List.of());
    }

    /** The rows of one bucket: row hash and every column's canonical text (read now, no snapshot when fresh). */
    Bound bucketRows(int buckets, int bucket, boolean fresh) {
        String text = "SELECT rh, " + String.join(", ", aliases()) + " FROM (SELECT " + rowHash() + " rh, "
                + aliased() + " FROM " + (fresh ? fromNow : from) + ") s WHERE "
                + dialect.mod(dialect.h15("rh"), buckets) + " = ?";
        return new Bound(Sql.generated("migration.bucket.rows", engine(), text), List.of(bucket));
    }

    private List<String> aliases() {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            a.add("c" + i);
        }
        return a;
    }

    private String aliased() {
        List<String> a = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            a.add(parts.get(i) + " c" + i);
        }
        return String.join(", ", a);
    }

    private String keysWhere(List<List<Object>> keys, List<Object> parameters) {
        List<String> or = new ArrayList<>();
        for (List<Object> k : keys) {
            List<String> and = new ArrayList<>();
            for (int i = 0; i < key.size(); i++) {
                and.add(dialect.quote(names.get(key.get(i))) + " = ?");
                parameters.add(k.get(i));
            }
            or.add("(" + String.join(" AND ", and) + ")");
        }
        return " WHERE " + String.join(" OR ", or);
    }

    /** The canonical text of every column of the rows with these keys, read now (the re-check). */
    Bound rows(List<List<Object>> keys) {
        List<Object> p = new ArrayList<>();
        String text = "SELECT " + keyParts() + ", " + keyList() + ", " + String.join(", ", parts) + " FROM "
                + fromNow + keysWhere(keys, p);
        return new Bound(Sql.generated("migration.recheck.rows", engine(), text), p);
    }

    /** The stored values of the rows with these keys, read now (for the repair script). */
    Bound raw(List<List<Object>> keys) {
        List<Object> p = new ArrayList<>();
        String text = "SELECT " + keyList() + ", " + String.join(", ", names.stream().map(dialect::quote).toList())
                + " FROM " + fromNow + keysWhere(keys, p);
        return new Bound(Sql.generated("migration.repair.rows", engine(), text), p);
    }

    int keySize() {
        return key.size();
    }

    int columns() {
        return names.size();
    }
}
