package org.hisops.assessment.data.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.assessment.data.api.BaselineSummary;
import org.hisops.assessment.data.api.Snapshot;
import org.hisops.assessment.data.api.SqlFigure;
import org.hisops.assessment.data.api.WaitFigure;
import org.hisops.db.api.Engine;

/** Snapshots and baselines in the embedded store (schema ADATA). */
final class SnapshotStore {

    private final DataRuns runs;

    SnapshotStore(DataRuns runs) {
        this.runs = runs;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    long save(Snapshot s) throws SQLException {
        try (Connection c = runs.connection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ADATA.SNAPSHOT (ENDPOINT_ID, ENGINE, "
                        + "SERVER_VERSION, EMULATED, TAKEN_AT, STARTED_AT, SOURCES, NOTES) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, s.endpointId());
                    ps.setString(2, s.engine().name());
                    ps.setString(3, s.serverVersion());
                    ps.setBoolean(4, s.emulated());
                    ps.setTimestamp(5, ts(s.takenAt()));
                    ps.setTimestamp(6, ts(s.startedAt()));
                    ps.setString(7, String.join(",", s.sources()));
                    ps.setString(8, String.join(",", s.notes()));
                    ps.executeUpdate();
                    try (ResultSet k = ps.getGeneratedKeys()) {
                        k.next();
                        id = k.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ADATA.FIGURE (SNAPSHOT_ID, KIND, NAME, "
                        + "DETAIL, PLAN_HASH, TEXT, V1, V2, V3, V4, V5) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (Map.Entry<String, Long> e : s.statistics().entrySet()) {
                        add(ps, id, "STAT", e.getKey(), null, null, null, e.getValue());
                    }
                    for (Map.Entry<String, Long> e : s.memory().entrySet()) {
                        add(ps, id, "MEM", e.getKey(), null, null, null, e.getValue());
                    }
                    for (WaitFigure w : s.waits()) {
                        add(ps, id, "WAIT", w.event(), w.waitClass(), null, null, w.waits(), w.microseconds());
                    }
                    for (SqlFigure q : s.sql()) {
                        add(ps, id, "SQL", q.sqlId(), null, q.planHash(), q.text(), q.executions(), q.elapsedMicros(),
                                q.cpuMicros(), q.bufferGets(), q.diskReads());
                    }
                    ps.executeBatch();
                }
                c.commit();
                return id;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void add(PreparedStatement ps, long id, String kind, String name, String detail, Long plan,
            String text, long... values) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, kind);
        ps.setString(3, name);
        ps.setString(4, detail);
        ps.setObject(5, plan);
        ps.setString(6, text == null ? null : text.substring(0, Math.min(text.length(), 4000)));
        for (int i = 0; i < 5; i++) {
            ps.setObject(7 + i, i < values.length ? values[i] : null);
        }
        ps.addBatch();
    }

    Optional<Snapshot> load(long id) throws SQLException {
        try (Connection c = runs.connection()) {
            Snapshot head;
            try (PreparedStatement ps = c.prepareStatement("SELECT ENDPOINT_ID, ENGINE, SERVER_VERSION, EMULATED, "
                    + "TAKEN_AT, STARTED_AT, SOURCES, NOTES FROM ADATA.SNAPSHOT WHERE SNAPSHOT_ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    Timestamp started = r.getTimestamp(6);
                    head = new Snapshot(id, r.getString(1), Engine.valueOf(r.getString(2)), r.getString(3),
                            r.getBoolean(4), r.getTimestamp(5).toInstant(), started == null ? null : started.toInstant(),
                            Map.of(), List.of(), List.of(), Map.of(), split(r.getString(7)), split(r.getString(8)));
                }
            }
            Map<String, Long> stats = new LinkedHashMap<>();
            Map<String, Long> memory = new LinkedHashMap<>();
            List<WaitFigure> waits = new ArrayList<>();
            List<SqlFigure> sql = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT KIND, NAME, DETAIL, PLAN_HASH, TEXT, V1, V2, V3, V4, "
                    + "V5 FROM ADATA.FIGURE WHERE SNAPSHOT_ID = ? ORDER BY KIND, NAME")) {
                ps.setLong(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        switch (r.getString(1)) {
                        case "STAT" -> stats.put(r.getString(2), r.getLong(6));
                        case "MEM" -> memory.put(r.getString(2), r.getLong(6));
                        case "WAIT" -> waits.add(new WaitFigure(r.getString(2), r.getString(3), r.getLong(6), r.getLong(7)));
                        default -> sql.add(new SqlFigure(r.getString(2), r.getLong(4), r.getString(5), r.getLong(6),
                                r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)));
                        }
                    }
                }
            }
            return Optional.of(new Snapshot(id, head.endpointId(), head.engine(), head.serverVersion(), head.emulated(),
                    head.takenAt(), head.startedAt(), stats, waits, sql, memory, head.sources(), head.notes()));
        }
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(","));
    }

    long saveBaseline(String name, String endpointId, Long first, long second) throws SQLException {
        try (Connection c = runs.connection(); PreparedStatement ps = c.prepareStatement("INSERT INTO ADATA.BASELINE "
                + "(NAME, ENDPOINT_ID, FIRST_SNAPSHOT, SECOND_SNAPSHOT, CREATED) VALUES (?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, endpointId);
            ps.setObject(3, first);
            ps.setLong(4, second);
            ps.setTimestamp(5, Timestamp.from(Instant.now()));
            ps.executeUpdate();
            try (ResultSet k = ps.getGeneratedKeys()) {
                k.next();
                return k.getLong(1);
            }
        }
    }

    /** name, first snapshot id (0 = since start-up), second snapshot id. */
    Optional<Object[]> baseline(long id) throws SQLException {
        try (Connection c = runs.connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT NAME, FIRST_SNAPSHOT, SECOND_SNAPSHOT FROM ADATA.BASELINE WHERE BASELINE_ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                return r.next() ? Optional.of(new Object[] { r.getString(1), r.getLong(2), r.getLong(3) }) : Optional.empty();
            }
        }
    }

    List<BaselineSummary> list(String endpointId) throws SQLException {
        List<BaselineSummary> out = new ArrayList<>();
        try (Connection c = runs.connection(); PreparedStatement ps = c.prepareStatement("SELECT b.BASELINE_ID, "
                + "b.ENDPOINT_ID, b.NAME, s2.SERVER_VERSION, s2.EMULATED, COALESCE(s1.TAKEN_AT, s2.STARTED_AT), "
                + "s2.TAKEN_AT FROM ADATA.BASELINE b JOIN ADATA.SNAPSHOT s2 ON s2.SNAPSHOT_ID = b.SECOND_SNAPSHOT "
                + "LEFT JOIN ADATA.SNAPSHOT s1 ON s1.SNAPSHOT_ID = b.FIRST_SNAPSHOT "
                + "WHERE ? IS NULL OR b.ENDPOINT_ID = ? ORDER BY b.CREATED DESC, b.BASELINE_ID DESC")) {
            ps.setString(1, endpointId);
            ps.setString(2, endpointId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    Timestamp from = r.getTimestamp(6);
                    out.add(new BaselineSummary(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getBoolean(5), from == null ? null : from.toInstant(), r.getTimestamp(7).toInstant()));
                }
            }
        }
        return out;
    }
}
