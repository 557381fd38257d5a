package org.hisops.dataguard.api;

import java.time.Duration;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Switchover, failover, apply start/stop (Oracle) and promote, replay pause/resume (PostgreSQL). Every call reads
 * the databases, so never on the UI thread. Each action is first a {@link Runbook} (readiness, exact statements),
 * then runs only for an administrator who typed the database's name, step by step, with a timeout on every
 * statement, and is written to the audit log (start, each step, outcome).
 *
 * @since 1.1
 */
@ProviderType
public interface DataGuardActions {

    /**
     * The runbook of {@code kind} for a standby of a site: readiness read now, the statements for the servers'
     * engine and version, the confirmation text.
     *
     * @throws IllegalArgumentException when the action does not apply to the endpoint's engine
     * @throws DatabaseException only when the site is unknown (an unreachable node is a blocking line)
     */
    Runbook plan(String siteId, String standbyId, ActionKind kind) throws DatabaseException;

    /**
     * Runs a runbook: refuses without the administrator role, with a confirmation that is not the database name, or
     * when readiness (read again now) blocks; then each automatic step, stopping at the first failure or at a
     * cancel where the step allows it. Server steps are reported as skipped (left to the DBA).
     */
    ActionResult run(Runbook runbook, String typedConfirmation, ActionProgress progress, Cancellation cancellation);

    /**
     * The server-side runbook that brings a former primary back as a standby of the new primary (re-clone with a
     * base backup, or pg_rewind where the old primary allows it), with the endpoints' real hosts, ports and data
     * folders. Nothing of it runs from HisOps.
     */
    Runbook rejoinRunbook(String siteId, String formerPrimaryId, String newPrimaryId) throws DatabaseException;

    /**
     * Watches the site until {@code nodeId} is seen as a standby that streams from the primary, at most
     * {@code timeout}; returns its link status when it does.
     */
    Optional<StandbyStatus> confirmStreaming(String siteId, String nodeId, Duration timeout,
            Cancellation cancellation);
}
