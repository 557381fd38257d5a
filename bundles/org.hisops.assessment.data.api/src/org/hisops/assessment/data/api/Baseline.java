package org.hisops.assessment.data.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hisops.report.Json;

/**
 * The interval between two snapshots (or since the instance started, when {@code sinceStartup}): the deltas of
 * the load statistics, waits and statements.
 *
 * @param seconds the interval's length
 * @param sinceStartup the interval starts at the instance start, not at a first snapshot
 * @param load load profile, in a fixed order
 * @param waits non-idle waits, most time first
 * @param sql statements that ran in the interval, most elapsed time first
 * @param memory the second snapshot's memory figures
 */
public record Baseline(long id, String name, String endpointId, String serverVersion, boolean emulated,
        Instant from, Instant to, double seconds, boolean sinceStartup, List<LoadFigure> load,
        List<WaitFigure> waits, List<SqlFigure> sql, Map<String, Long> memory, List<String> sources,
        List<String> notes) {

    public Baseline {
        load = List.copyOf(load);
        waits = List.copyOf(waits);
        sql = List.copyOf(sql);
        memory = Map.copyOf(memory);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }

    public Json.Obj toJson() {
        return Json.object().put("kind", "performance-baseline").put("id", id).put("name", name)
                .put("endpoint", endpointId).put("serverVersion", serverVersion).put("emulated", emulated)
                .put("from", from).put("to", to).put("seconds", seconds).put("sinceStartup", sinceStartup)
                .list("load", load, LoadFigure::toJson).list("waits", waits, WaitFigure::toJson)
                .list("sql", sql, SqlFigure::toJson).put("memory", new java.util.TreeMap<>(memory).entrySet().stream()
                        .map(e -> Json.object().put("name", e.getKey()).put("bytes", e.getValue())).toList())
                .put("sources", sources).put("notes", notes);
    }
}
