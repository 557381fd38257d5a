package org.hisops.migration.copy;

import org.osgi.annotation.versioning.ConsumerType;

/** Progress of a run, called from the workers' threads (a UI hands it to its own thread). */
@ConsumerType
public interface CopyListener {

    CopyListener NONE = new CopyListener() {
    };

    /** A table starts (or resumes after {@code alreadyInTarget} rows). */
    default void tableStarted(String table, long sourceRows, long alreadyInTarget) {
    }

    /** Rows committed in the target so far in this attempt. */
    default void rowsCommitted(String table, long rows) {
    }

    default void tableFinished(TableCopy table) {
    }

    /**
     * The verification at the end of the run: {@code table} (source name) has {@code done} of {@code total}
     * segments compared; {@code status} is {@code null} while it runs, then its verdict (EQUAL, DIFFERENT, FAILED,
     * CANCELLED).
     *
     * @since 1.1
     */
    default void verificationProgress(String table, int done, int total, String status) {
    }
}
