package org.hisops.checks.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.hisops.db.api.Engine;

/**
 * One run of a catalogue on an endpoint.
 *
 * @param runId the id in the embedded store, 0 when it could not be saved (see {@code saveProblem})
 * @param catalogueId the catalogue run
 * @param endpointId the endpoint
 * @param siteId its site
 * @param engine the engine
 * @param version the server's version as detected, or {@code null} when it could not be reached
 * @param started when it started
 * @param finished when it ended
 * @param cancelled whether it was cancelled
 * @param results one per check of the catalogue, in catalogue order
 * @param saveProblem why the run is not in the history, or {@code null}
 */
public record RunResult(long runId, String catalogueId, String endpointId, String siteId, Engine engine,
        String version, Instant started, Instant finished, boolean cancelled, List<CheckResult> results,
        String saveProblem) {

    public RunResult {
        results = List.copyOf(results);
    }

    /** The highest severity found, empty when nothing was found. */
    public Optional<Severity> highest() {
        Severity s = null;
        for (CheckResult r : results) {
            s = Severity.highest(s, r.severity());
        }
        return Optional.ofNullable(s);
    }

    public Optional<CheckResult> result(String checkId) {
        return results.stream().filter(r -> r.checkId().equals(checkId)).findFirst();
    }

    public long count(CheckStatus status) {
        return results.stream().filter(r -> r.status() == status).count();
    }

    public RunResult withRunId(long id, String problem) {
        return new RunResult(id, catalogueId, endpointId, siteId, engine, version, started, finished, cancelled,
                results, problem);
    }
}
