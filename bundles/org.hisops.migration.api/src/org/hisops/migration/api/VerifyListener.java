package org.hisops.migration.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Follows a run; called on the engine's threads (a UI hands the calls to its own thread). */
@ConsumerType
public interface VerifyListener {

    /** A segment of a table was compared: {@code done} of {@code total} for that table. */
    default void segment(TablePair pair, int done, int total) {
    }

    /** A table's verdict (after the re-check). */
    default void table(TableResult result) {
    }

    /** A listener that ignores everything. */
    static VerifyListener none() {
        return new VerifyListener() {
        };
    }
}
