package org.hisops.migration.api;

import java.time.Instant;
import java.util.List;

/**
 * A verification run's outcome.
 *
 * @param runId the run's id in the embedded store (for {@link Verifications#resume})
 * @param sourceId the source endpoint's id
 * @param targetId the target endpoint's id
 * @param started when the run started
 * @param finished when it ended (or was cancelled)
 * @param sourceSnapshot what the source's reads were consistent to ("SCN 123456", "snapshot 00000003-1B", ...)
 * @param targetSnapshot the same for the target
 * @param emulated whether an endpoint was the Oracle stand-in (the result then comes from it, not from Oracle)
 * @param tables one result per table pair, in the request's order
 */
public record VerifyResult(String runId, String sourceId, String targetId, Instant started, Instant finished,
        String sourceSnapshot, String targetSnapshot, boolean emulated, List<TableResult> tables) {

    public VerifyResult {
        tables = List.copyOf(tables);
    }

    /** Whether every table is EQUAL. */
    public boolean allEqual() {
        return tables.stream().allMatch(t -> t.status() == TableStatus.EQUAL);
    }

    /** The worst status: FAILED over CANCELLED over DIFFERENT over EQUAL (for exit codes). */
    public TableStatus worst() {
        TableStatus worst = TableStatus.EQUAL;
        for (TableResult t : tables) {
            if (rank(t.status()) > rank(worst)) {
                worst = t.status();
            }
        }
        return worst;
    }

    private static int rank(TableStatus s) {
        return switch (s) {
            case EQUAL -> 0;
            case DIFFERENT -> 1;
            case CANCELLED -> 2;
            case FAILED -> 3;
        };
    }
}
