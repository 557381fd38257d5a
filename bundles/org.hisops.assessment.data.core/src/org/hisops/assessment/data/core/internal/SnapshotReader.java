package org.hisops.assessment.data.core.internal;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hisops.assessment.data.api.Snapshot;
import org.hisops.assessment.data.api.SqlFigure;
import org.hisops.assessment.data.api.WaitFigure;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Session;

/**
 * Reads one snapshot. Oracle: V$INSTANCE, V$SYSSTAT, V$SYSTEM_EVENT, V$SQLAREA, V$OSSTAT, V$SGA, V$PGASTAT, and
 * read-only counts of Statspack's PERFSTAT.STATS$SNAPSHOT (when installed) and, only with {@code awr}, of AWR's
 * DBA_HIST_SNAPSHOT. PostgreSQL: pg_stat_database, pg_stat_statements when the extension is installed, pg_settings.
 */
final class SnapshotReader {

    private SnapshotReader() {
    }

    static Snapshot read(Session s, Endpoint endpoint, boolean awr) throws SQLException {
        return endpoint.engine() == Engine.ORACLE ? oracle(s, endpoint, awr) : postgres(s, endpoint);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Snapshot oracle(Session s, Endpoint e, boolean awr) throws SQLException {
        List<String> sources = new ArrayList<>(List.of("V$"));
        List<String> notes = new ArrayList<>();
        Instant[] clock = new Instant[2];
        s.queryFirst(s.sql("assessment.perf.ora.instance"), r -> {
            clock[0] = instant(r.getTimestamp(1));
            clock[1] = instant(r.getTimestamp(2));
            return Boolean.TRUE;
        });
        Map<String, Long> stats = new LinkedHashMap<>();
        s.query(s.sql("assessment.perf.ora.sysstat"), r -> stats.put(r.getString(1), r.getLong(2)));
        List<WaitFigure> waits = s.query(s.sql("assessment.perf.ora.waits"),
                r -> new WaitFigure(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
        List<SqlFigure> sql = s.query(s.sql("assessment.perf.ora.sql"), r -> new SqlFigure(r.getString(1), r.getLong(2),
                String.valueOf(r.getString(3)), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8)));
        Map<String, Long> memory = new LinkedHashMap<>();
        s.query(s.sql("assessment.perf.ora.osstat"), r -> {
            String name = r.getString(1);
            // Only the cumulative statistics make a rate; NUM_CPUS, LOAD and the memory size are gauges
            // (10.2's V$OSSTAT has no CUMULATIVE column to tell, so the name does: *_TIME, VM_*_BYTES).
            if (name.equals("PHYSICAL_MEMORY_BYTES")) {
                memory.put("OS " + name, r.getLong(2));
            } else if (name.endsWith("_TIME") || name.endsWith("_BYTES")) {
                stats.put("os: " + name, r.getLong(2));
            }
            return null;
        });
        s.query(s.sql("assessment.perf.ora.sga"), r -> memory.put("SGA " + r.getString(1), r.getLong(2)));
        s.query(s.sql("assessment.perf.ora.pga"), r -> memory.put("PGA " + r.getString(1), r.getLong(2)));
        try {
            s.queryFirst(s.sql("assessment.perf.ora.statspack"), r -> {
                if (r.getLong(1) > 0) {
                    sources.add("STATSPACK");
                    stats.put("statspack snapshots", r.getLong(1));
                } else {
                    notes.add("statspack.empty");
                }
                return Boolean.TRUE;
            });
        } catch (SQLException x) {
            notes.add("statspack.missing"); // PERFSTAT not installed, or no SELECT on it
        }
        if (awr) {
            try {
                s.queryFirst(s.sql("assessment.perf.ora.awr"), r -> {
                    sources.add("AWR");
                    stats.put("awr snapshots", r.getLong(1));
                    return Boolean.TRUE;
                });
            } catch (SQLException x) {
                notes.add("awr.unreadable");
            }
        } else {
            notes.add("awr.not.declared");
        }
        if (e.emulated()) {
            notes.add("emulated");
        }
        return new Snapshot(0, e.id(), e.engine(), s.serverVersion().toString(), e.emulated(), clock[1], clock[0],
                stats, waits, sql, memory, sources, notes);
    }

    private static Snapshot postgres(Session s, Endpoint e) throws SQLException {
        List<String> sources = new ArrayList<>(List.of("PG_STAT_DATABASE"));
        List<String> notes = new ArrayList<>(List.of("waits.not.cumulative"));
        Instant[] clock = new Instant[2];
        s.queryFirst(s.sql("assessment.perf.pg.instance"), r -> {
            clock[0] = instant(r.getTimestamp(1));
            clock[1] = instant(r.getTimestamp(2));
            return Boolean.TRUE;
        });
        Map<String, Long> stats = new LinkedHashMap<>();
        s.queryFirst(s.sql("assessment.perf.pg.database"), r -> {
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                stats.put(r.getMetaData().getColumnLabel(i), r.getLong(i));
            }
            return Boolean.TRUE;
        });
        List<SqlFigure> sql = new ArrayList<>();
        boolean extension = s.queryFirst(s.sql("assessment.perf.pg.extension"), r -> true).orElse(false);
        if (!extension) {
            notes.add("pg_stat_statements.missing");
        } else {
            try {
                sql.addAll(s.query(s.sql("assessment.perf.pg.statements"), r -> new SqlFigure(r.getString(1), 0,
                        String.valueOf(r.getString(2)), r.getLong(3), r.getLong(4), -1, r.getLong(5), r.getLong(6))));
                sources.add("PG_STAT_STATEMENTS");
            } catch (SQLException x) {
                notes.add("pg_stat_statements.unreadable"); // e.g. not in shared_preload_libraries
            }
        }
        Map<String, Long> memory = new LinkedHashMap<>();
        s.query(s.sql("assessment.perf.pg.memory"), r -> memory.put(r.getString(1), r.getLong(2)));
        return new Snapshot(0, e.id(), e.engine(), s.serverVersion().toString(), e.emulated(), clock[1], clock[0],
                stats, List.of(), sql, memory, sources, notes);
    }
}
