package org.hisops.hetero.api;

import org.osgi.annotation.versioning.ConsumerType;

/** Follows an assessment; called from the assessing thread, so it must return quickly and not throw. */
@ConsumerType
public interface HeteroProgress {

    HeteroProgress NONE = new HeteroProgress() {
    };

    /** The schemas to read are known. */
    default void started(int schemas) {
    }

    /** A schema was read and assessed ({@code done} of {@code total}). */
    default void schemaDone(String schema, int done, int total) {
    }
}
