package org.hisops.inspection.api;

import java.util.List;

/**
 * A run compared with an earlier one (the previous month's for the monthly report).
 *
 * @param runId this run
 * @param previousRunId the earlier run, 0 when there is none (then every finding is NEW)
 * @param changes the differences, NEW and WORSE first
 */
public record RunComparison(long runId, long previousRunId, List<FindingChange> changes) {

    public RunComparison {
        changes = List.copyOf(changes);
    }

    public long count(ChangeKind kind) {
        return changes.stream().filter(c -> c.kind() == kind).count();
    }
}
