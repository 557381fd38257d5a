package org.hisops.inspection.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/**
 * The initialization parameters seen by each run of ora.insp.parameters.changed, kept in the embedded store (owner
 * {@code inspection_baseline}, schema INSPECTION_BASELINE, {@code baseline/V1__parameter_snapshots.sql}) per site,
 * list and endpoint, so the next run of the same list compares with them.
 */
final class ParameterBaselines {

    /** A run's snapshot: when it was taken and the values by name. */
    record Snapshot(long runId, Instant taken, Map<String, String> values) {
    }

    private final EmbeddedStore store;
    private final Bundle bundle;

    ParameterBaselines(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    private Connection connection() throws SQLException {
        return store.connection("inspection_baseline", bundle, "baseline");
    }

    /** The newest snapshot of the site, list and endpoint taken by another run than {@code runId}. */
    Optional<Snapshot> previous(String siteId, String listId, String endpointId, long runId) throws SQLException {
        try (Connection c = connection(); PreparedStatement ps = c.prepareStatement(
                "SELECT SNAPSHOT_ID, RUN_ID, TAKEN FROM INSPECTION_BASELINE.SNAPSHOT WHERE SITE_ID = ? AND LIST_ID = ?"
                        + " AND ENDPOINT_ID = ? AND RUN_ID <> ? ORDER BY TAKEN DESC, SNAPSHOT_ID DESC FETCH FIRST 1 ROWS ONLY")) {
            ps.setString(1, siteId);
            ps.setString(2, listId);
            ps.setString(3, endpointId);
            ps.setLong(4, runId);
            long snapshotId;
            long previousRun;
            Instant taken;
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                snapshotId = rs.getLong(1);
                previousRun = rs.getLong(2);
                taken = rs.getObject(3, OffsetDateTime.class).toInstant();
            }
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT NAME, VAL FROM INSPECTION_BASELINE.PARAMETER WHERE SNAPSHOT_ID = ? ORDER BY NAME")) {
                p.setLong(1, snapshotId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        values.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return Optional.of(new Snapshot(previousRun, taken, values));
        }
    }

    /** Keeps this run's values, replacing what the same run kept before (a resumed run reads them again). */
    void keep(String siteId, String listId, String endpointId, long runId, Instant taken, Map<String, String> values)
            throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try {
                if (runId != 0) {
                    try (PreparedStatement ps = c.prepareStatement("DELETE FROM INSPECTION_BASELINE.SNAPSHOT"
                            + " WHERE SITE_ID = ? AND LIST_ID = ? AND ENDPOINT_ID = ? AND RUN_ID = ?")) {
                        ps.setString(1, siteId);
                        ps.setString(2, listId);
                        ps.setString(3, endpointId);
                        ps.setLong(4, runId);
                        ps.executeUpdate();
                    }
                }
                long snapshotId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO INSPECTION_BASELINE.SNAPSHOT"
                        + " (SITE_ID, LIST_ID, ENDPOINT_ID, RUN_ID, TAKEN) VALUES (?, ?, ?, ?, ?)",
                        new String[] { "SNAPSHOT_ID" })) {
                    ps.setString(1, siteId);
                    ps.setString(2, listId);
                    ps.setString(3, endpointId);
                    ps.setLong(4, runId);
                    ps.setObject(5, taken.atOffset(ZoneOffset.UTC));
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        snapshotId = keys.getLong(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO INSPECTION_BASELINE.PARAMETER (SNAPSHOT_ID, NAME, VAL) VALUES (?, ?, ?)")) {
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        ps.setLong(1, snapshotId);
                        ps.setString(2, e.getKey());
                        ps.setString(3, e.getValue());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
