package org.hisops.migration.copy.internal;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hisops.db.api.TransferSession;

/** Reads a PostgreSQL/KingbaseES schema from pg_catalog, within a read-only transfer session of its own. */
final class PostgresCatalogReader {

    private PostgresCatalogReader() {
    }

    static SourceCatalog read(TransferSession session, String schema, Set<String> only) throws SQLException {
        Connection connection = session.connection();
        int timeout = session.endpoint().statementTimeoutSeconds();
        query(connection, session.sql("copy.pg.search-path").text(), timeout, schema, rs -> {
        });
        Map<String, String> comments = new LinkedHashMap<>();
        query(connection, session.sql("copy.pg.tables").text(), timeout, schema, rs -> {
            if (only.isEmpty() || only.contains(rs.getString(1))) {
                comments.put(rs.getString(1), rs.getString(2));
            }
        });
        Map<String, List<SourceCatalog.Column>> columns = new LinkedHashMap<>();
        query(connection, session.sql("copy.pg.columns").text(), timeout, schema, rs -> {
            if (comments.containsKey(rs.getString(1))) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceCatalog.Column(
                        rs.getString(2), null, null, null, null, null, null, !rs.getBoolean(4), rs.getString(5),
                        rs.getString(6), rs.getString(3), rs.getBoolean(7)));
            }
        });
        Map<String, List<SourceCatalog.Constraint>> constraints = new LinkedHashMap<>();
        query(connection, session.sql("copy.pg.constraints").text(), timeout, schema, rs -> {
            if (comments.containsKey(rs.getString(1))) {
                char type = Character.toUpperCase(rs.getString(3).charAt(0));
                String keys = rs.getString(6);
                constraints.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceCatalog.Constraint(
                        rs.getString(2), type == 'F' ? 'R' : type,
                        keys == null || keys.isEmpty() ? List.of() : Arrays.asList(keys.split("\u001f")), null, null,
                        null, null, rs.getString(4), rs.getBoolean(5)));
            }
        });
        Map<String, List<SourceCatalog.Index>> indexes = new LinkedHashMap<>();
        query(connection, session.sql("copy.pg.indexes").text(), timeout, schema, rs -> {
            if (comments.containsKey(rs.getString(1))) {
                indexes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new SourceCatalog.Index(
                        rs.getString(2), rs.getBoolean(3), List.of(), rs.getBoolean(5) ? "FUNCTION-BASED" : "NORMAL",
                        rs.getString(4)));
            }
        });
        List<SourceCatalog.Sequence> sequences = new ArrayList<>();
        query(connection, session.sql("copy.pg.sequences").text(), timeout, schema, rs -> {
            String last = rs.getString(7);
            sequences.add(new SourceCatalog.Sequence(rs.getString(1), new BigInteger(rs.getString(2)),
                    new BigInteger(rs.getString(3)), new BigInteger(rs.getString(4)), rs.getBoolean(5), rs.getLong(6),
                    last == null ? null : new BigInteger(last), last != null));
        });
        List<SourceCatalog.Table> tables = new ArrayList<>();
        for (Map.Entry<String, String> t : comments.entrySet()) {
            tables.add(new SourceCatalog.Table(t.getKey(), t.getValue(), columns.getOrDefault(t.getKey(), List.of()),
                    constraints.getOrDefault(t.getKey(), List.of()), indexes.getOrDefault(t.getKey(), List.of())));
        }
        return new SourceCatalog(session.endpoint().engine(), session.serverVersion().toString(), false, schema,
                tables, sequences, List.of());
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    static void query(Connection connection, String sql, int timeout, String parameter, RowReader reader)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(timeout);
            statement.setString(1, parameter);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }
}
