package org.hisops.migration.api;

import java.time.Instant;
import java.util.List;

/**
 * What applying a repair did.
 *
 * @param plan the plan applied
 * @param outcome done, failed at a table, refused before anything ran, or cancelled
 * @param refusalKey REFUSED: why ({@code repair.refused.role}, {@code repair.refused.confirmation} or the plan's
 *            key), else {@code null}
 * @param tables one per table that ran or was skipped, in order
 * @param after the verification of the repaired tables made afterwards ({@code null} when refused or cancelled)
 * @param started when it started
 * @param finished when it ended
 * @since 1.1
 */
public record RepairResult(RepairPlan plan, Outcome outcome, String refusalKey, List<TableOutcome> tables,
        VerifyResult after, Instant started, Instant finished) {

    /** The administrator role is missing. */
    public static final String REFUSED_ROLE = "repair.refused.role";
    /** The typed name is not the target database's name. */
    public static final String REFUSED_CONFIRMATION = "repair.refused.confirmation";

    public RepairResult {
        tables = List.copyOf(tables);
    }

    public enum Outcome {
        DONE, FAILED, REFUSED, CANCELLED
    }

    /**
     * One table.
     *
     * @param pair the table
     * @param done whether its transaction committed
     * @param statements statements run (all of the table's when done; none count when rolled back)
     * @param serverCode the server's code when it failed (SQLSTATE, ORA-...)
     * @param detail the server's first message line when it failed (never a password), "not run" when skipped
     */
    public record TableOutcome(TablePair pair, boolean done, int statements, String serverCode, String detail) {
    }
}
