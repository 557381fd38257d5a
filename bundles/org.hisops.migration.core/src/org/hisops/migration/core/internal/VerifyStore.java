package org.hisops.migration.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/** Runs, finished tables and finished segments in the embedded store (schema MIGRATION), written as they finish. */
final class VerifyStore {

    private static final String OWNER = "migration";

    /** A run as stored. */
    record Run(String runId, String sourceId, String targetId, String options, Instant started, Instant finished,
            String sourceSnapshot, String targetSnapshot, List<TablePair> tables) {
    }

    /** A finished segment: its counts and the candidate keys (or buckets) it left for the re-check. */
    record SegmentRecord(long sourceRows, long targetRows, List<List<Object>> candidates) {
    }

    private final EmbeddedStore store;
    private final Bundle bundle;

    VerifyStore(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    private Connection connection() throws SQLException {
        return store.connection(OWNER, bundle, "store");
    }

    void create(String runId, String sourceId, String targetId, String options, Instant started,
            List<TablePair> tables) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("INSERT INTO MIGRATION.VERIFY_RUN (RUN_ID, SOURCE_ID, "
                    + "TARGET_ID, OPTIONS, STARTED) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement table = c.prepareStatement("INSERT INTO MIGRATION.VERIFY_TABLE (RUN_ID, "
                            + "TABLE_NO, SOURCE_SCHEMA, SOURCE_TABLE, TARGET_SCHEMA, TARGET_TABLE) "
                            + "VALUES (?, ?, ?, ?, ?, ?)")) {
                run.setString(1, runId);
                run.setString(2, sourceId);
                run.setString(3, targetId);
                run.setString(4, options);
                run.setObject(5, OffsetDateTime.ofInstant(started, ZoneOffset.UTC));
                run.executeUpdate();
                for (int i = 0; i < tables.size(); i++) {
                    TablePair p = tables.get(i);
                    table.setString(1, runId);
                    table.setInt(2, i);
                    table.setString(3, p.sourceSchema());
                    table.setString(4, p.sourceTable());
                    table.setString(5, p.targetSchema());
                    table.setString(6, p.targetTable());
                    table.addBatch();
                }
                table.executeBatch();
            }
            c.commit();
        }
    }

    void snapshots(String runId, String source, String target) throws SQLException {
        update("UPDATE MIGRATION.VERIFY_RUN SET SOURCE_SNAPSHOT = ?, TARGET_SNAPSHOT = ? WHERE RUN_ID = ?", source,
                target, runId);
    }

    void finished(String runId, Instant finished) throws SQLException {
        update("UPDATE MIGRATION.VERIFY_RUN SET FINISHED = ? WHERE RUN_ID = ?",
                OffsetDateTime.ofInstant(finished, ZoneOffset.UTC), runId);
    }

    void boundaries(String runId, int table, List<List<Object>> boundaries) throws SQLException {
        update("UPDATE MIGRATION.VERIFY_TABLE SET BOUNDARIES = ? WHERE RUN_ID = ? AND TABLE_NO = ?",
                VerifyCodec.keys(boundaries), runId, table);
    }

    void segment(String runId, int table, int segment, SegmentRecord record) throws SQLException {
        update("MERGE INTO MIGRATION.VERIFY_SEGMENT (RUN_ID, TABLE_NO, SEGMENT_NO, SOURCE_ROWS, TARGET_ROWS, "
                + "CANDIDATES) KEY (RUN_ID, TABLE_NO, SEGMENT_NO) VALUES (?, ?, ?, ?, ?, ?)", runId, table, segment,
                record.sourceRows(), record.targetRows(), VerifyCodec.keys(record.candidates()));
    }

    void result(String runId, int table, TableResult result) throws SQLException {
        update("UPDATE MIGRATION.VERIFY_TABLE SET STATUS = ?, RESULT = ? WHERE RUN_ID = ? AND TABLE_NO = ?",
                result.status().name(), VerifyCodec.result(result), runId, table);
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    Optional<Run> run(String runId) throws SQLException {
        try (Connection c = connection();
                PreparedStatement s = c.prepareStatement("SELECT SOURCE_ID, TARGET_ID, OPTIONS, STARTED, FINISHED, "
                        + "SOURCE_SNAPSHOT, TARGET_SNAPSHOT FROM MIGRATION.VERIFY_RUN WHERE RUN_ID = ?");
                PreparedStatement t = c.prepareStatement("SELECT SOURCE_SCHEMA, SOURCE_TABLE, TARGET_SCHEMA, "
                        + "TARGET_TABLE FROM MIGRATION.VERIFY_TABLE WHERE RUN_ID = ? ORDER BY TABLE_NO")) {
            s.setString(1, runId);
            t.setString(1, runId);
            try (ResultSet rs = s.executeQuery(); ResultSet tables = t.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                List<TablePair> pairs = new ArrayList<>();
                while (tables.next()) {
                    pairs.add(new TablePair(tables.getString(1), tables.getString(2), tables.getString(3),
                            tables.getString(4)));
                }
                OffsetDateTime finished = rs.getObject(5, OffsetDateTime.class);
                return Optional.of(new Run(runId, rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(),
                        finished == null ? null : finished.toInstant(), rs.getString(6), rs.getString(7), pairs));
            }
        }
    }

    /** Finished tables' results by table number. */
    Map<Integer, TableResult> results(String runId, List<TablePair> pairs) throws SQLException {
        Map<Integer, TableResult> results = new HashMap<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT TABLE_NO, RESULT FROM "
                + "MIGRATION.VERIFY_TABLE WHERE RUN_ID = ? AND STATUS IS NOT NULL AND STATUS <> 'CANCELLED'")) {
            s.setString(1, runId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int no = rs.getInt(1);
                    results.put(no, VerifyCodec.result(pairs.get(no), rs.getBytes(2)));
                }
            }
        }
        return results;
    }

    List<List<Object>> boundaries(String runId, int table) throws SQLException {
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT BOUNDARIES FROM "
                + "MIGRATION.VERIFY_TABLE WHERE RUN_ID = ? AND TABLE_NO = ?")) {
            s.setString(1, runId);
            s.setInt(2, table);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBytes(1) != null ? VerifyCodec.keys(rs.getBytes(1)) : null;
            }
        }
    }

    Map<Integer, SegmentRecord> segments(String runId, int table) throws SQLException {
        Map<Integer, SegmentRecord> segments = new HashMap<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT SEGMENT_NO, SOURCE_ROWS, "
                + "TARGET_ROWS, CANDIDATES FROM MIGRATION.VERIFY_SEGMENT WHERE RUN_ID = ? AND TABLE_NO = ?")) {
            s.setString(1, runId);
            s.setInt(2, table);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    segments.put(rs.getInt(1), new SegmentRecord(rs.getLong(2), rs.getLong(3),
                            VerifyCodec.keys(rs.getBytes(4))));
                }
            }
        }
        return segments;
    }

    /**
     * Newer finished runs of the same endpoints that compared a table of {@code pairs} (EQUAL or DIFFERENT): the
     * newest such run's id per pair.
     */
    Map<TablePair, String> newerCovering(Run run, List<TablePair> pairs) throws SQLException {
        Map<TablePair, String> newer = new HashMap<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT r.RUN_ID, t.SOURCE_SCHEMA, "
                + "t.SOURCE_TABLE, t.TARGET_SCHEMA, t.TARGET_TABLE FROM MIGRATION.VERIFY_RUN r JOIN "
                + "MIGRATION.VERIFY_TABLE t ON t.RUN_ID = r.RUN_ID WHERE r.SOURCE_ID = ? AND r.TARGET_ID = ? "
                + "AND r.FINISHED IS NOT NULL AND r.STARTED > ? AND r.RUN_ID <> ? "
                + "AND t.STATUS IN ('EQUAL', 'DIFFERENT') ORDER BY r.STARTED DESC")) {
            s.setString(1, run.sourceId());
            s.setString(2, run.targetId());
            s.setObject(3, OffsetDateTime.ofInstant(run.started(), ZoneOffset.UTC));
            s.setString(4, run.runId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    TablePair p = new TablePair(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                    if (pairs.contains(p)) {
                        newer.putIfAbsent(p, rs.getString(1));
                    }
                }
            }
        }
        return newer;
    }

    List<String> unfinished() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement("SELECT RUN_ID FROM "
                + "MIGRATION.VERIFY_RUN WHERE FINISHED IS NULL ORDER BY STARTED DESC")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

}
