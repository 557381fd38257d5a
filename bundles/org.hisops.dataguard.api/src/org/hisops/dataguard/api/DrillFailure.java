package org.hisops.dataguard.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Brings about the failure a drill rehearses: a test harness kills the primary or cuts the network; on a real site
 * the DBA does it (or stops the primary for a planned switchover) and this confirms it was done. Returns when the
 * failure has happened.
 *
 * @since 1.1
 */
@ConsumerType
public interface DrillFailure {

    /** Cuts replication between primary and standby (for {@link DrillKind#NETWORK_CUT}, before the loss). */
    void cutNetwork() throws Exception;

    /** Loses the primary: killed, or stopped cleanly for {@link DrillKind#PLANNED_SWITCHOVER}. */
    void losePrimary(DrillKind kind) throws Exception;
}
