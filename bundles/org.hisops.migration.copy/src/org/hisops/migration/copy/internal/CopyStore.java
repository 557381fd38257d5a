package org.hisops.migration.copy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/** Runs, tables and rejects in the embedded store (schema MIGRATION_COPY). */
final class CopyStore {

    static final String OWNER = "migration_copy";
    private static final String UNIT = "\u001f";
    private static final String RECORD = "\u001e";
    private static final int TEXT_MAX = 4000;

    private final EmbeddedStore store;
    private final Bundle bundle;

    CopyStore(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    private Connection connection() throws SQLException {
        return store.connection(OWNER, bundle, "store");
    }

    static CopyException unavailable(SQLException e) {
        return new CopyException("copy.problem.store", List.of(String.valueOf(e.getMessage())),
                "the embedded store cannot be used: " + e.getMessage(), e);
    }

    long create(CopyRequest request, List<MappingNote> notes, List<String[]> tables) throws CopyException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO MIGRATION_COPY.RUN (SOURCE_ENDPOINT, "
                    + "SOURCE_SCHEMA, TABLE_FILTER, TARGET_ENDPOINT, TARGET_SCHEMA, BATCH_ROWS, WORKERS, STATE, "
                    + "STARTED, NOTES, PROJECT_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, request.sourceEndpointId());
                ps.setString(2, request.sourceSchema());
                ps.setString(3, String.join(UNIT, request.tables()));
                ps.setString(4, request.targetEndpointId());
                ps.setString(5, request.targetSchema());
                ps.setInt(6, request.batchRows());
                ps.setInt(7, request.workers());
                ps.setString(8, CopyRun.RunState.RUNNING.name());
                ps.setTimestamp(9, Timestamp.from(Instant.now()));
                ps.setString(10, encode(notes));
                ps.setString(11, request.projectId());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO MIGRATION_COPY.RUN_TABLE (RUN_ID, POSITION, "
                    + "SOURCE_TABLE, TARGET_TABLE, STATE) VALUES (?, ?, ?, ?, ?)")) {
                int position = 0;
                for (String[] t : tables) {
                    ps.setLong(1, id);
                    ps.setInt(2, position++);
                    ps.setString(3, t[0]);
                    ps.setString(4, t[1]);
                    ps.setString(5, t[2]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            return id;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    void runState(long id, CopyRun.RunState state, boolean finished) throws CopyException {
        update("UPDATE MIGRATION_COPY.RUN SET STATE = ?, FINISHED = ? WHERE RUN_ID = ?", state.name(),
                finished ? Timestamp.from(Instant.now()) : null, id);
    }

    void flags(long id, boolean objectsCreated, boolean afterDataDone) throws CopyException {
        update("UPDATE MIGRATION_COPY.RUN SET OBJECTS_CREATED = ?, AFTER_DATA_DONE = ? WHERE RUN_ID = ?",
                objectsCreated, afterDataDone, id);
    }

    void notes(long id, List<MappingNote> notes) throws CopyException {
        update("UPDATE MIGRATION_COPY.RUN SET NOTES = ? WHERE RUN_ID = ?", encode(notes), id);
    }

    void verification(long id, CopyRun.Verification verification) throws CopyException {
        update("UPDATE MIGRATION_COPY.RUN SET VERIFICATION = ?, VERIFICATION_DETAIL = ?, VERIFICATION_RUN = ? "
                + "WHERE RUN_ID = ?", verification.status().name(), clip(verification.detail()),
                verification.runId(), id);
    }

    void table(long id, TableCopy t) throws CopyException {
        update("UPDATE MIGRATION_COPY.RUN_TABLE SET STATE = ?, SOURCE_ROWS = ?, TARGET_ROWS = ?, REJECTED = ?, "
                + "STREAMED = ?, ATTEMPTS = ?, PROBLEM = ? WHERE RUN_ID = ? AND SOURCE_TABLE = ?", t.state().name(),
                t.sourceRows(), t.targetRows(), t.rejected(), t.streamed(), t.attempts(), clip(t.problem()), id,
                t.source());
    }

    /** Records a refused row once: a resumed batch that meets it again does not count it twice. */
    void reject(long id, CopyReject reject) throws CopyException {
        update("MERGE INTO MIGRATION_COPY.REJECT (RUN_ID, SOURCE_TABLE, ROW_KEY, REASON, SQL_STATE, MESSAGE, RECORDED) "
                + "KEY (RUN_ID, SOURCE_TABLE, ROW_KEY) VALUES (?, ?, ?, ?, ?, ?, ?)", id, reject.table(),
                clip(reject.key()), reject.reason(), reject.sqlState(), clip(reject.message()),
                Timestamp.from(Instant.now()));
    }

    void clearRejects(long id, String table) throws CopyException {
        update("DELETE FROM MIGRATION_COPY.REJECT WHERE RUN_ID = ? AND SOURCE_TABLE = ?", id, table);
    }

    long rejectCount(long id, String table) throws CopyException {
        try (Connection c = connection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT COUNT(*) FROM MIGRATION_COPY.REJECT WHERE RUN_ID = ? AND SOURCE_TABLE = ?")) {
            ps.setLong(1, id);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    List<CopyReject> rejects(long id, String table, int limit) throws CopyException {
        String sql = "SELECT SOURCE_TABLE, ROW_KEY, REASON, SQL_STATE, MESSAGE FROM MIGRATION_COPY.REJECT "
                + "WHERE RUN_ID = ?" + (table == null ? "" : " AND SOURCE_TABLE = ?") + " ORDER BY RECORDED, ROW_KEY "
                + "FETCH FIRST ? ROWS ONLY";
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setLong(i++, id);
            if (table != null) {
                ps.setString(i++, table);
            }
            ps.setInt(i, Math.max(0, limit));
            List<CopyReject> rejects = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rejects.add(new CopyReject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return rejects;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** A run as stored, with its flags. */
    record Stored(CopyRun run, boolean objectsCreated, boolean afterDataDone) {
    }

    Optional<Stored> run(long id) throws CopyException {
        try (Connection c = connection()) {
            CopyRequest request;
            CopyRun.RunState state;
            Instant started;
            Instant finished;
            boolean created;
            boolean after;
            CopyRun.Verification verification;
            List<MappingNote> notes;
            try (PreparedStatement ps = c.prepareStatement("SELECT SOURCE_ENDPOINT, SOURCE_SCHEMA, TABLE_FILTER, "
                    + "TARGET_ENDPOINT, TARGET_SCHEMA, BATCH_ROWS, WORKERS, STATE, STARTED, FINISHED, "
                    + "OBJECTS_CREATED, AFTER_DATA_DONE, VERIFICATION, VERIFICATION_DETAIL, NOTES, "
                    + "VERIFICATION_RUN, PROJECT_ID "
                    + "FROM MIGRATION_COPY.RUN WHERE RUN_ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String filter = rs.getString(3);
                    request = new CopyRequest(rs.getString(1), rs.getString(2),
                            filter.isEmpty() ? List.of() : Arrays.asList(filter.split(UNIT)), rs.getString(4),
                            rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(17));
                    state = CopyRun.RunState.valueOf(rs.getString(8));
                    started = rs.getTimestamp(9).toInstant();
                    finished = rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant();
                    created = rs.getBoolean(11);
                    after = rs.getBoolean(12);
                    verification = rs.getString(13) == null ? null
                            : new CopyRun.Verification(CopyRun.VerificationStatus.valueOf(rs.getString(13)),
                                    rs.getString(14), rs.getString(16));
                    notes = decode(rs.getString(15));
                }
            }
            List<TableCopy> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT SOURCE_TABLE, TARGET_TABLE, STATE, SOURCE_ROWS, "
                    + "TARGET_ROWS, REJECTED, STREAMED, ATTEMPTS, PROBLEM FROM MIGRATION_COPY.RUN_TABLE "
                    + "WHERE RUN_ID = ? ORDER BY POSITION")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(new TableCopy(rs.getString(1), rs.getString(2),
                                TableCopy.TableState.valueOf(rs.getString(3)), rs.getLong(4), rs.getLong(5),
                                rs.getLong(6), rs.getLong(7), rs.getInt(8), rs.getString(9)));
                    }
                }
            }
            return Optional.of(new Stored(new CopyRun(id, request, state, started, finished, tables, verification,
                    notes), created, after));
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private void update(String sql, Object... parameters) throws CopyException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static String clip(String text) {
        if (text == null) {
            return null;
        }
        String visible = text.replace("\u0000", "\\0");
        return visible.length() <= TEXT_MAX ? visible : visible.substring(0, TEXT_MAX - 1) + "\u2026";
    }

    static String encode(List<MappingNote> notes) {
        StringBuilder s = new StringBuilder();
        for (MappingNote n : notes) {
            if (!s.isEmpty()) {
                s.append(RECORD);
            }
            s.append(n.object()).append(UNIT).append(n.level()).append(UNIT).append(n.code());
            for (String a : n.arguments()) {
                s.append(UNIT).append(a);
            }
        }
        return s.toString();
    }

    static List<MappingNote> decode(String text) {
        List<MappingNote> notes = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return notes;
        }
        for (String record : text.split(RECORD)) {
            String[] f = record.split(UNIT, -1);
            notes.add(new MappingNote(f[0], MappingNote.Level.valueOf(f[1]), f[2],
                    Arrays.asList(f).subList(3, f.length)));
        }
        return notes;
    }
}
