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
}
