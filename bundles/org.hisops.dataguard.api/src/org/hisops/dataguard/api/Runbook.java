package org.hisops.dataguard.api;

import java.util.List;

/**
 * What an action will do, shown before it runs: the readiness read just now, the exact steps, and the text the
 * user must type to confirm (the database name).
 *
 * @param kind the action
 * @param siteId the site
 * @param system the system label (HIS, LIS, ...)
 * @param targetId the endpoint acted on (the standby to promote, or whose apply changes)
 * @param otherId the other endpoint involved (the primary), or {@code null}
 * @param confirmation what the user must type: the target database's name
 * @param readiness the readiness lines read when the runbook was made
 * @param blocking the lines that refuse this action (empty when it may run)
 * @param steps the steps in order; {@link RunbookStep.Kind#SERVER} steps are done by the DBA and confirmed
 * @param emulated whether the target is the emulated Oracle stand-in
 * @since 1.1
 */
public record Runbook(ActionKind kind, String siteId, String system, String targetId, String otherId,
        String confirmation, List<ReadinessLine> readiness, List<ReadinessLine> blocking, List<RunbookStep> steps,
        boolean emulated) {

    public Runbook {
        readiness = List.copyOf(readiness);
        blocking = List.copyOf(blocking);
        steps = List.copyOf(steps);
    }

    /** Whether readiness lets the action run. */
    public boolean ready() {
        return blocking.isEmpty();
    }

    /** The steps HisOps runs itself (statements and checks). */
    public List<RunbookStep> automatic() {
        return steps.stream().filter(s -> s.kind() != RunbookStep.Kind.SERVER).toList();
    }
}
