package org.hisops.migration.copy.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hisops.db.api.TransferSession;

/**
 * Reads an Oracle owner's tables from the DBA_ views (SQL in {@code sql/oracle}, validated against the catalogue for
 * 10.2 and 11.2) within a read-only transfer session.
 */
final class OracleCatalogReader {

    private static final Pattern NEXTVAL = Pattern.compile("(?i)\"?([A-Z0-9_$#]+)\"?\\s*\\.\\s*NEXTVAL");

    private OracleCatalogReader() {
    }

    static SourceCatalog read(TransferSession session, String owner, Set<String> only) throws SQLException {
        Connection connection = session.connection();
        int timeout = session.endpoint().statementTimeoutSeconds();
        List<String> names = new ArrayList<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.tables").text(), timeout, owner, rs -> {
            if (only.isEmpty() || only.contains(rs.getString(1))) {
                names.add(rs.getString(1));
            }
        });
        Map<String, String> tableComments = new HashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.table-comments").text(), timeout, owner,
                rs -> tableComments.put(rs.getString(1), rs.getString(2)));
        Map<String, String> columnComments = new HashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.column-comments").text(), timeout, owner,
                rs -> columnComments.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3)));
        Map<String, List<SourceCatalog.Column>> columns = new LinkedHashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.columns").text(), timeout, owner, rs -> {
            String table = rs.getString(1);
            if (names.contains(table)) {
                String name = rs.getString(2);
                String defaultText = rs.getString(8);
                SourceCatalog.Column column = SourceCatalog.Column.oracle(name, rs.getString(3), integer(rs, 4),
                        integer(rs, 5), integer(rs, 6), rs.getString(10), integer(rs, 9),
                        "Y".equals(rs.getString(7)), defaultText == null ? null : defaultText.trim());
                columns.computeIfAbsent(table, k -> new ArrayList<>())
                        .add(column.withComment(columnComments.get(table + "." + name)));
            }
        });
        Map<String, List<String>> keyColumns = new HashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.constraint-columns").text(), timeout, owner,
                rs -> keyColumns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        record Raw(String name, char type, String table, String condition, String rOwner, String rName,
                String deleteRule, boolean validated) {
        }
        List<Raw> raw = new ArrayList<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.constraints").text(), timeout, owner,
                rs -> raw.add(new Raw(rs.getString(1), rs.getString(2).charAt(0), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), "VALIDATED".equals(rs.getString(8)))));
        Map<String, Raw> byName = new HashMap<>();
        raw.forEach(r -> byName.put(r.name(), r));
        Map<String, List<SourceCatalog.Constraint>> constraints = new LinkedHashMap<>();
        for (Raw r : raw) {
            if (!names.contains(r.table())) {
                continue;
            }
            Raw referenced = r.type() == 'R' ? byName.get(r.rName()) : null;
            if (r.type() == 'R' && (referenced == null || !owner.equals(r.rOwner()))) {
                continue; // a key into another owner's table: that table is not copied with this one
            }
            constraints.computeIfAbsent(r.table(), k -> new ArrayList<>()).add(new SourceCatalog.Constraint(r.name(),
                    r.type(), keyColumns.getOrDefault(r.name(), List.of()),
                    referenced == null ? null : referenced.table(),
                    referenced == null ? null : keyColumns.getOrDefault(referenced.name(), List.of()), r.deleteRule(),
                    r.condition(), null, r.validated()));
        }
        Map<String, List<String>> indexColumns = new HashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.index-columns").text(), timeout, owner,
                rs -> indexColumns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
        Map<String, List<SourceCatalog.Index>> indexes = new LinkedHashMap<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.indexes").text(), timeout, owner, rs -> {
            String table = rs.getString(3);
            String name = rs.getString(1);
            if (names.contains(table) && !ownedByKey(name, table, constraints, indexColumns)) {
                indexes.computeIfAbsent(table, k -> new ArrayList<>()).add(new SourceCatalog.Index(name,
                        "UNIQUE".equals(rs.getString(4)), indexColumns.getOrDefault(name, List.of()),
                        rs.getString(2), null));
            }
        });
        List<SourceCatalog.Sequence> sequences = new ArrayList<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.sequences").text(), timeout, owner,
                rs -> sequences.add(new SourceCatalog.Sequence(rs.getString(1), big(rs.getBigDecimal(2)),
                        big(rs.getBigDecimal(3)), big(rs.getBigDecimal(4)), "Y".equals(rs.getString(5)),
                        rs.getLong(6), big(rs.getBigDecimal(7)), false)));
        List<SourceCatalog.Trigger> triggers = new ArrayList<>();
        PostgresCatalogReader.query(connection, session.sql("copy.oracle.triggers").text(), timeout, owner, rs -> {
            String body = rs.getString(3);
            Matcher m = body == null ? null : NEXTVAL.matcher(body);
            if (m != null && m.find() && names.contains(rs.getString(2))) {
                triggers.add(new SourceCatalog.Trigger(rs.getString(1), rs.getString(2),
                        m.group(1).toUpperCase(Locale.ROOT)));
            }
        });
        List<SourceCatalog.Table> tables = new ArrayList<>();
        for (String name : names) {
            tables.add(new SourceCatalog.Table(name, tableComments.get(name), columns.getOrDefault(name, List.of()),
                    constraints.getOrDefault(name, List.of()), indexes.getOrDefault(name, List.of())));
        }
        return new SourceCatalog(session.endpoint().engine(), session.serverVersion().toString(),
                session.endpoint().emulated(), owner, tables, sequences, triggers);
    }

    /** The index Oracle made for a primary or unique key (same name, or same columns) comes with the key. */
    private static boolean ownedByKey(String index, String table, Map<String, List<SourceCatalog.Constraint>> constraints,
            Map<String, List<String>> indexColumns) {
        for (SourceCatalog.Constraint k : constraints.getOrDefault(table, List.of())) {
            if ((k.type() == 'P' || k.type() == 'U')
                    && (k.name().equals(index) || k.columns().equals(indexColumns.get(index)))) {
                return true;
            }
        }
        return false;
    }

    private static Integer integer(java.sql.ResultSet rs, int column) throws SQLException {
        BigDecimal value = rs.getBigDecimal(column);
        return value == null ? null : value.intValue();
    }

    private static BigInteger big(BigDecimal value) {
        return value == null ? null : value.toBigInteger();
    }
}
