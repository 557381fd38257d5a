package org.hisops.checks.api;

import java.time.Instant;
import java.util.List;

/**
 * What running a fixup did.
 *
 * @param plan the plan run
 * @param outcome done, failed at a statement, refused before anything ran, or cancelled
 * @param refusalKey REFUSED: why ({@code fixup.refused.*} of this API's bundle), else {@code null}
 * @param statements one per statement that ran or was skipped, in order
 * @param after the check's result in the run made afterwards to show the effect ({@code null} when refused)
 * @param afterRunId that run's id in the history (0 when it was not saved or not made)
 * @param started when it started
 * @param finished when it ended
 * @since 1.1
 */
public record FixupResult(FixupPlan plan, Outcome outcome, String refusalKey, List<StatementResult> statements,
        CheckResult after, long afterRunId, Instant started, Instant finished) {

    /** The administrator role is missing. */
    public static final String REFUSED_ROLE = "fixup.refused.role";
    /** The typed name is not the database's name. */
    public static final String REFUSED_CONFIRMATION = "fixup.refused.confirmation";

    public FixupResult {
        statements = List.copyOf(statements);
    }

    public enum Outcome {
        DONE, FAILED, REFUSED, CANCELLED
    }

    /**
     * One statement.
     *
     * @param statement the statement as sent
     * @param done whether it ran without error
     * @param serverCode the server's code when it failed (ORA-..., SQLSTATE)
     * @param detail the server's first message line when it failed (never a password), else empty
     */
    public record StatementResult(String statement, boolean done, String serverCode, String detail) {
    }
}
