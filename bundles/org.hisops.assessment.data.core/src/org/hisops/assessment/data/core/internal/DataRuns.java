package org.hisops.assessment.data.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.assessment.data.api.SavedRun;
import org.hisops.assessment.data.api.TableName;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/** Data assessment runs in the embedded store (schema ADATA, scripts in {@code store/}): sizes per table. */
final class DataRuns {

    static final String OWNER = "adata";

    private final EmbeddedStore store;
    private final Bundle bundle;

    DataRuns(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    Connection connection() throws SQLException {
        return store.connection(OWNER, bundle, "store");
    }

    long save(String endpointId, java.time.Instant takenAt, String version, boolean emulated, List<TableVolume> tables)
            throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                long id;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ADATA.DATA_RUN (ENDPOINT_ID, TAKEN_AT, "
                        + "SERVER_VERSION, EMULATED, TOTAL_BYTES) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setString(1, endpointId);
                    ps.setTimestamp(2, Timestamp.from(takenAt));
                    ps.setString(3, version);
                    ps.setBoolean(4, emulated);
                    ps.setLong(5, tables.stream().mapToLong(TableVolume::totalBytes).sum());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO ADATA.TABLE_SIZE (RUN_ID, OWNER, TABLE_NAME, BYTES) VALUES (?, ?, ?, ?)")) {
                    for (TableVolume t : tables) {
                        ps.setLong(1, id);
                        ps.setString(2, t.table().owner());
                        ps.setString(3, t.table().table());
                        ps.setLong(4, t.totalBytes());
                        ps.addBatch();
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

    List<SavedRun> history(String endpointId) throws SQLException {
        List<SavedRun> runs = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement("SELECT RUN_ID, TAKEN_AT, "
                + "TOTAL_BYTES FROM ADATA.DATA_RUN WHERE ENDPOINT_ID = ? ORDER BY TAKEN_AT DESC, RUN_ID DESC")) {
            ps.setString(1, endpointId);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    runs.add(new SavedRun(r.getLong(1), endpointId, r.getTimestamp(2).toInstant(), r.getLong(3)));
                }
            }
        }
        return runs;
    }

    /** The oldest saved run of the endpoint taken before {@code before}, with its sizes per table. */
    Optional<Map.Entry<SavedRun, Map<TableName, Long>>> oldestBefore(String endpointId, java.time.Instant before)
            throws SQLException {
        List<SavedRun> runs = history(endpointId);
        for (int i = runs.size() - 1; i >= 0; i--) {
            SavedRun run = runs.get(i);
            if (run.takenAt().isBefore(before)) {
                Map<TableName, Long> sizes = new HashMap<>();
                try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                        "SELECT OWNER, TABLE_NAME, BYTES FROM ADATA.TABLE_SIZE WHERE RUN_ID = ?")) {
                    ps.setLong(1, run.id());
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            sizes.put(new TableName(r.getString(1), r.getString(2)), r.getLong(3));
                        }
                    }
                }
                return Optional.of(Map.entry(run, sizes));
            }
        }
        return Optional.empty();
    }
}
