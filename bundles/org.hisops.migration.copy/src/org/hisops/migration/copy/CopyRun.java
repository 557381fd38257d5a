package org.hisops.migration.copy;

import java.time.Instant;
import java.util.List;

/**
 * A copy run as the store keeps it.
 *
 * @param id the run's id (for {@link CopyService#resume})
 * @param request what was asked
 * @param state where the run stands
 * @param started when it was started
 * @param finished when its last attempt ended, or null while it runs
 * @param tables per-table state and counts, in copy order
 * @param verification the verification of the copied tables at the end
 * @param notes the translation's notes (the mapping table applied), for the report
 */
public record CopyRun(long id, CopyRequest request, RunState state, Instant started, Instant finished,
        List<TableCopy> tables, Verification verification, List<MappingNote> notes) {

    public CopyRun {
        tables = List.copyOf(tables);
        notes = List.copyOf(notes);
    }

    public enum RunState {
        RUNNING,
        /** Every table copied and its counts add up, no row refused. */
        DONE,
        /** Every table copied and its counts add up; some rows were refused by the target (see the rejects). */
        DONE_WITH_REJECTS,
        /** A table failed or its counts do not add up; resumable. */
        FAILED,
        /** Cancelled or cut off (the target went away); resumable. */
        INTERRUPTED
    }

    /** Rows refused by the target over all tables. */
    public long rejected() {
        return tables.stream().mapToLong(TableCopy::rejected).sum();
    }

    public java.util.Optional<TableCopy> table(String source) {
        return tables.stream().filter(t -> t.source().equals(source)).findFirst();
    }

    /**
     * The verification engine's outcome, or why it was not run.
     *
     * @param status what happened
     * @param detail the engine's summary, or the reason it was not run, in English for logs and reports
     * @param runId the verification run's id in the verification history ({@code Verifications.find}), or
     *            {@code null} when none was run (since 1.1)
     */
    public record Verification(VerificationStatus status, String detail, String runId) {

        /** An outcome without a verification run (the engine absent, the copy unfinished). */
        public Verification(VerificationStatus status, String detail) {
            this(status, detail, null);
        }
    }

    public enum VerificationStatus {
        /** The verification service is not installed: only the copy's own counts were checked. */
        NOT_RUN_ENGINE_NOT_INSTALLED,
        /** The run did not finish, so nothing was verified. */
        NOT_RUN_INCOMPLETE,
        /** Every copied table is equal on both sides. */
        EQUAL,
        /** Rows differ (the refused rows at least, as MISSING_IN_TARGET); the verification run lists them. */
        DIFFERENT,
        /** A table could not be compared, or the verification could not run; the detail says why. */
        FAILED
    }
}
