package org.hisops.migration.core.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Session;
import org.hisops.migration.api.TablePair;

/**
 * How one table pair is compared: the columns both sides have (matched without regard to case), the kinds they
 * are normalised as, the key, narrow or wide hashing, and the statements of each side.
 */
final class TablePlan {

    /** More columns than this: each column is hashed on its own and the row hash is the hash of those hashes. */
    static final int WIDE_COLUMNS = 40;

    /** A table's shape as its catalogue describes it. */
    record Shape(String schema, String table, List<String> names, List<ColumnKind> kinds, List<Integer> lengths,
            List<String> key) {
    }

    final TablePair pair;
    final List<Column> columns;
    final List<Integer> key;
    final boolean wide;
    final boolean emptyIsNull;
    final List<String> rules;
    final SideSql source;
    final SideSql target;
    final Shape sourceShape;
    final Shape targetShape;

    private TablePlan(TablePair pair, List<Column> columns, List<Integer> key, boolean wide, boolean emptyIsNull,
            List<String> rules, SideSql source, SideSql target, Shape sourceShape, Shape targetShape) {
        this.pair = pair;
        this.columns = columns;
        this.key = key;
        this.wide = wide;
        this.emptyIsNull = emptyIsNull;
        this.rules = rules;
        this.source = source;
        this.target = target;
        this.sourceShape = sourceShape;
        this.targetShape = targetShape;
    }

    boolean keyed() {
        return !key.isEmpty();
    }

    /** Whether the single key column is an integer (segments by arithmetic). */
    boolean integerKey() {
        return key.size() == 1 && columns.get(key.get(0)).sourceKind() == ColumnKind.INTEGER
                && columns.get(key.get(0)).targetKind() == ColumnKind.INTEGER;
    }

    List<String> columnNames() {
        return columns.stream().map(Column::sourceName).toList();
    }

    List<String> keyNames() {
        return key.stream().map(i -> columns.get(i).sourceName()).toList();
    }

    List<ColumnKind> keyKinds() {
        return key.stream().map(i -> columns.get(i).sourceKind()).toList();
    }

    /** A failure to plan, with the problem a DBA acts on. */
    static final class PlanException extends Exception {
        private static final long serialVersionUID = 1L;
        final DbProblem problem;

        PlanException(DbProblem problem, String message) {
            super(message);
            this.problem = problem;
        }
    }

    static TablePlan build(DatabaseSessions sessions, Endpoint sourceEndpoint, Endpoint targetEndpoint,
            TablePair pair, boolean emptyStringIsNull, String sourceAsOf, String targetAsOf,
            Cancellation cancellation) throws DatabaseException, PlanException {
        Shape s = shape(sessions, sourceEndpoint, pair.sourceSchema(), pair.sourceTable(), cancellation);
        Shape t = shape(sessions, targetEndpoint, pair.targetSchema(), pair.targetTable(), cancellation);
        List<String> rules = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> targetNames = new ArrayList<>();
        List<ColumnKind> targetKinds = new ArrayList<>();
        for (int i = 0; i < s.names().size(); i++) {
            int j = indexOf(t.names(), s.names().get(i));
            if (j < 0) {
                rules.add("column-only-in-source:" + s.names().get(i));
                continue;
            }
            ColumnKind sk = s.kinds().get(i);
            ColumnKind tk = t.kinds().get(j);
            boolean hashed = sk.hashed() || tk.hashed();
            columns.add(new Column(s.names().get(i), t.names().get(j), sk, tk, hashed,
                    Math.max(s.lengths().get(i), t.lengths().get(j))));
            targetNames.add(t.names().get(j));
            targetKinds.add(tk);
        }
        for (String name : t.names()) {
            if (indexOf(s.names(), name) < 0) {
                rules.add("column-only-in-target:" + name);
            }
        }
        if (columns.isEmpty()) {
            throw new PlanException(DbProblem.OTHER, "no column of " + pair.label() + " exists on both sides");
        }
        List<Integer> key = new ArrayList<>();
        List<String> keyNames = s.key().isEmpty() ? t.key() : s.key();
        for (String k : keyNames) {
            int i = indexOf(columns.stream().map(Column::sourceName).toList(), k);
            if (i < 0 || !columns.get(i).sourceKind().keyable() || !columns.get(i).targetKind().keyable()) {
                key.clear();
                rules.add("key-not-comparable:" + k);
                break;
            }
            key.add(i);
        }
        boolean heterogeneous = (sourceEndpoint.engine() == Engine.ORACLE) != (targetEndpoint.engine() == Engine.ORACLE);
        boolean emptyIsNull = emptyStringIsNull && heterogeneous;
        if (emptyIsNull) {
            rules.add("empty-string-is-null");
        }
        boolean wide = columns.size() > WIDE_COLUMNS;
        if (wide) {
            rules.add("wide-per-column-hash");
        }
        if (columns.stream().anyMatch(Column::hashed)) {
            rules.add("lob-binary-md5");
        }
        if (columns.stream().anyMatch(c -> c.sourceKind() != c.targetKind())) {
            rules.add("kinds-differ");
        }
        List<Boolean> hashed = columns.stream().map(Column::hashed).toList();
        SideSql source = new SideSql(dialect(sessions, sourceEndpoint, cancellation), s.schema(), s.table(),
                sourceAsOf, columns.stream().map(Column::sourceName).toList(),
                columns.stream().map(Column::sourceKind).toList(), hashed, key,
                emptyIsNull && sourceEndpoint.engine() != Engine.ORACLE, wide);
        SideSql target = new SideSql(dialect(sessions, targetEndpoint, cancellation), t.schema(), t.table(),
                targetAsOf, targetNames, targetKinds, hashed, key,
                emptyIsNull && targetEndpoint.engine() != Engine.ORACLE, wide);
        return new TablePlan(pair, List.copyOf(columns), List.copyOf(key), wide, emptyIsNull, List.copyOf(rules),
                source, target, s, t);
    }

    private static int indexOf(List<String> names, String name) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Dialect dialect(DatabaseSessions sessions, Endpoint endpoint, Cancellation cancellation)
            throws DatabaseException {
        if (endpoint.engine() == Engine.ORACLE) {
            return Dialect.of(Engine.ORACLE, true);
        }
        String encoding = sessions.read(endpoint, session -> session.queryFirst(session.sql("migration.encoding"),
                rs -> rs.getString(1)).orElse(""), cancellation);
        return Dialect.of(endpoint.engine(), "UTF8".equalsIgnoreCase(encoding));
    }

    /** The catalogue's spelling: the name as given, else folded to the engine's case (Oracle upper, PG lower). */
    static Shape shape(DatabaseSessions sessions, Endpoint endpoint, String schema, String table,
            Cancellation cancellation) throws DatabaseException, PlanException {
        boolean oracle = endpoint.engine() == Engine.ORACLE;
        Optional<Shape> found = sessions.read(endpoint, session -> {
            for (String[] name : List.of(new String[] { schema, table }, new String[] { fold(schema, oracle),
                    fold(table, oracle) })) {
                Optional<Shape> shape = read(session, name[0], name[1], oracle);
                if (shape.isPresent()) {
                    return shape;
                }
            }
            return Optional.<Shape>empty();
        }, cancellation);
        return found.orElseThrow(() -> new PlanException(DbProblem.NO_SUCH_VIEW, "table " + schema + "." + table
                + " not found on " + endpoint.id()));
    }

    private static String fold(String name, boolean oracle) {
        return oracle ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    private static Optional<Shape> read(Session session, String schema, String table, boolean oracle)
            throws SQLException {
        List<String> names = new ArrayList<>();
        List<ColumnKind> kinds = new ArrayList<>();
        List<Integer> lengths = new ArrayList<>();
        session.query(session.sql("migration.columns"), rs -> {
            names.add(rs.getString(1));
            if (oracle) {
                int scale = rs.getInt(4);
                kinds.add(ColumnKind.oracle(rs.getString(2), rs.wasNull() ? null : scale));
            } else {
                kinds.add(ColumnKind.postgres(rs.getString(2)));
            }
            lengths.add(rs.getInt(3));
            return null;
        }, schema, table);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<String> key = session.query(session.sql("migration.primary.key"), rs -> rs.getString(1), schema, table);
        return Optional.of(new Shape(schema, table, names, kinds, lengths, key));
    }
}
