package org.hisops.dataguard.ops.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DataGuardActions;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;

/** {@link DataGuardActions} without OSGi (the component and the tests build it). */
class Actions implements DataGuardActions {

    /** The replication role a rejoined PostgreSQL standby connects as (the runbook's pg_basebackup -U). */
    static final String REPLICATION_USER = "replicator";

    private final ReplicationMonitor monitor;
    private final Planner planner;
    private final ActionRunner runner;

    Actions(ReplicationMonitor monitor, EndpointDirectory directory, DatabaseSessions sessions, AccessControl access,
            Supplier<AuditLog> audit, Clock clock) {
        this.monitor = monitor;
        this.planner = new Planner(monitor, directory, sessions);
        this.runner = new ActionRunner(planner, sessions, directory, access, audit, clock);
    }

    @Override
    public Runbook plan(String siteId, String standbyId, ActionKind kind) throws DatabaseException {
        return planner.plan(siteId, standbyId, kind);
    }

    @Override
    public ActionResult run(Runbook runbook, String typedConfirmation, ActionProgress progress,
            Cancellation cancellation) {
        return runner.run(runbook, typedConfirmation, progress == null ? ActionProgress.NONE : progress,
                cancellation == null ? Cancellation.none() : cancellation);
    }

    @Override
    public Runbook rejoinRunbook(String siteId, String formerPrimaryId, String newPrimaryId)
            throws DatabaseException {
        return planner.rejoin(siteId, formerPrimaryId, newPrimaryId, REPLICATION_USER);
    }

    @Override
    public Optional<StandbyStatus> confirmStreaming(String siteId, String nodeId, Duration timeout,
            Cancellation cancellation) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!cancellation.isCancelled()) {
            SiteStatus status = monitor.refresh(siteId);
            for (SystemStatus system : status.systems()) {
                Optional<StandbyStatus> link = system.standby(nodeId);
                boolean standby = system.node(nodeId).map(n -> n.reachable() && n.role() == NodeRole.STANDBY)
                        .orElse(false);
                if (standby && link.isPresent() && "streaming".equals(link.get().facts().get("state"))) {
                    return link;
                }
            }
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
