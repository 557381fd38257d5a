package org.hisops.assessment.data.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hisops.db.api.Engine;

/**
 * Cumulative figures of a server at one moment.
 *
 * @param id saved id (0 when not saved)
 * @param takenAt the server's clock
 * @param startedAt when the instance started (Oracle V$INSTANCE.STARTUP_TIME, PostgreSQL
 *            pg_postmaster_start_time()); counters restart with it
 * @param statistics load statistics by name (Oracle V$SYSSTAT names; PostgreSQL pg_stat_database columns)
 * @param waits wait events (non-idle), empty on PostgreSQL (no cumulative wait statistics)
 * @param sql the top statements by elapsed time, CPU, buffer gets and executions
 * @param memory SGA components, PGA figures (Oracle) or memory settings (PostgreSQL), in bytes
 * @param sources what was read: V$, STATSPACK, AWR, PG_STAT_DATABASE, PG_STAT_STATEMENTS
 * @param notes codes of what was not available (e.g. {@code pg_stat_statements.missing})
 */
public record Snapshot(long id, String endpointId, Engine engine, String serverVersion, boolean emulated,
        Instant takenAt, Instant startedAt, Map<String, Long> statistics, List<WaitFigure> waits,
        List<SqlFigure> sql, Map<String, Long> memory, List<String> sources, List<String> notes) {

    public Snapshot {
        statistics = Map.copyOf(statistics);
        waits = List.copyOf(waits);
        sql = List.copyOf(sql);
        memory = Map.copyOf(memory);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    public Snapshot withId(long newId) {
        return new Snapshot(newId, endpointId, engine, serverVersion, emulated, takenAt, startedAt, statistics, waits,
                sql, memory, sources, notes);
    }
}
