package org.hisops.dataguard.ops.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DrillEvent;
import org.hisops.dataguard.api.DrillKind;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/** Drills in the embedded store, schema {@code DRILL} (store/V1__drills.sql). */
final class DrillRepository {

    static final String OWNER = "drill";

    private final EmbeddedStore store;
    private final Bundle bundle;

    DrillRepository(EmbeddedStore store, Bundle bundle) {
        this.store = store;
        this.bundle = bundle;
    }

    private Connection connection() throws SQLException {
        return store.connection(OWNER, bundle, "store");
    }

    void save(DrillRecord d) throws SQLException {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            try (PreparedStatement run = c.prepareStatement("INSERT INTO DRILL.RUN VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,"
                    + "?,?,?,?,?,?,?)");
                    PreparedStatement event = c.prepareStatement("INSERT INTO DRILL.EVENT VALUES (?,?,?,?,?)")) {
                int i = 1;
                run.setString(i++, d.id());
                run.setString(i++, d.siteId());
                run.setString(i++, d.system());
                run.setString(i++, d.kind().name());
                run.setString(i++, d.formerPrimaryId());
                run.setString(i++, d.newPrimaryId());
                run.setString(i++, d.user());
                run.setObject(i++, time(d.started()));
                run.setObject(i++, time(d.finished()));
                setMillis(run, i++, d.lagAtStart().transportLag());
                setMillis(run, i++, d.lagAtStart().applyLag());
                if (d.lagAtStart().unshippedBytes() == null) {
                    run.setNull(i++, Types.BIGINT);
                } else {
                    run.setLong(i++, d.lagAtStart().unshippedBytes());
                }
                run.setBoolean(i++, d.markerFound());
                setMillis(run, i++, d.rto());
                run.setLong(i++, d.committed());
                run.setLong(i++, d.lost());
                run.setLong(i++, d.lostWindow().toMillis());
                run.setString(i++, d.outcome().name());
                run.setBoolean(i++, d.emulated());
                run.setString(i++, counts(d.rowCountsBefore()));
                run.setString(i++, counts(d.rowCountsAfter()));
                run.executeUpdate();
                int seq = 0;
                for (DrillEvent e : d.timeline()) {
                    event.setString(1, d.id());
                    event.setInt(2, ++seq);
                    event.setObject(3, time(e.time()));
                    event.setString(4, e.key());
                    event.setString(5, cut(e.detail(), 2000));
                    event.addBatch();
                }
                event.executeBatch();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    List<DrillRecord> history(String siteId) throws SQLException {
        return select("SELECT * FROM DRILL.RUN WHERE SITE_ID = ? ORDER BY STARTED DESC", siteId);
    }

    Optional<DrillRecord> find(String id) throws SQLException {
        return select("SELECT * FROM DRILL.RUN WHERE ID = ?", id).stream().findFirst();
    }

    private List<DrillRecord> select(String sql, String arg) throws SQLException {
        List<DrillRecord> out = new ArrayList<>();
        try (Connection c = connection(); PreparedStatement s = c.prepareStatement(sql);
                PreparedStatement ev = c.prepareStatement(
                        "SELECT EVENT_TIME, EVENT_KEY, DETAIL FROM DRILL.EVENT WHERE RUN_ID = ? ORDER BY SEQ")) {
            s.setString(1, arg);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString("ID");
                    List<DrillEvent> timeline = new ArrayList<>();
                    ev.setString(1, id);
                    try (ResultSet e = ev.executeQuery()) {
                        while (e.next()) {
                            timeline.add(new DrillEvent(e.getObject(1, OffsetDateTime.class).toInstant(),
                                    e.getString(2), e.getString(3)));
                        }
                    }
                    LagFigures lag = new LagFigures(millis(r, "LAG_TRANSPORT_MS"),
                            (Long) r.getObject("LAG_UNSHIPPED_BYTES", Long.class), millis(r, "LAG_APPLY_MS"), null,
                            null, null, null);
                    out.add(new DrillRecord(id, r.getString("SITE_ID"), r.getString("SYSTEM_LABEL"),
                            DrillKind.valueOf(r.getString("KIND")), r.getString("FORMER_PRIMARY"),
                            r.getString("NEW_PRIMARY"), r.getString("USER_NAME"),
                            r.getObject("STARTED", OffsetDateTime.class).toInstant(),
                            r.getObject("FINISHED", OffsetDateTime.class).toInstant(), lag, timeline,
                            r.getBoolean("MARKER_FOUND"), parse(r.getString("ROW_COUNTS_BEFORE")),
                            parse(r.getString("ROW_COUNTS_AFTER")), millis(r, "RTO_MS"), r.getLong("COMMITTED_TX"),
                            r.getLong("LOST_TX"), Duration.ofMillis(r.getLong("LOST_WINDOW_MS")),
                            ActionResult.Outcome.valueOf(r.getString("OUTCOME")), r.getBoolean("EMULATED")));
                }
            }
        }
        return out;
    }

    private static Duration millis(ResultSet r, String column) throws SQLException {
        Long v = r.getObject(column, Long.class);
        return v == null ? null : Duration.ofMillis(v);
    }

    private static void setMillis(PreparedStatement s, int i, Duration d) throws SQLException {
        if (d == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, d.toMillis());
        }
    }

    private static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    /** {@code table=count} lines; table names hold no '=' or newline (schema.table). */
    static String counts(Map<String, Long> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> b.append(k.replace('\n', ' ').replace('=', '_')).append('=').append(v).append('\n'));
        return cut(b.toString(), 4000);
    }

    static Map<String, Long> parse(String text) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                try {
                    m.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1).strip()));
                } catch (NumberFormatException e) {
                    // a line cut at the column's length
                }
            }
        }
        return m;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
