package org.hisops.dataguard.api;

import java.util.List;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Engine;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Reads one engine's replication: the SPI a vendor implements to add an engine or a better reading of one (e.g.
 * KingbaseES's own views), registered as a DS service. The monitor asks providers in service-ranking order and
 * takes the first that {@link #handles} the system's engine. A provider reads through {@link DatabaseSessions}
 * only (read-only, bounded, with timeouts) and never throws for an unreachable node: that node's
 * {@link NodeState} says so and the other nodes go on.
 */
@ConsumerType
public interface ReplicationProvider {

    /** Whether this provider reads systems of this engine. */
    boolean handles(Engine engine);

    /**
     * Reads every node of the system and every primary -> standby link. The returned links carry the provider's
     * own reasons (a gap, apply stopped, a destination error...); the monitor adds the threshold reasons.
     *
     * @param previous this system's status of the previous cycle, or null (for figures that need two readings)
     */
    SystemStatus observe(SystemTopology topology, DatabaseSessions sessions, LagThresholds thresholds,
            SystemStatus previous, Cancellation cancellation);

    /**
     * The switchover preconditions for making {@code standbyId} the primary, each checked against a status this
     * provider produced (and the thresholds).
     */
    List<ReadinessLine> readiness(SystemStatus status, String standbyId, LagThresholds thresholds);
}
