package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.hisops.db.api.DatabaseException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Polls the watched sites' systems at each site's refresh interval, on threads of its own (never the caller's UI
 * thread), within the endpoints' connection limits, and keeps the lag history. A node that does not answer is
 * reported as such; the rest of the site goes on.
 */
@ProviderType
public interface ReplicationMonitor {

    /** Starts polling a site (at once, then every refresh interval); closing the handle stops it when no one else watches. */
    AutoCloseable watch(String siteId);

    /** The last finished cycle of a site, if any. */
    Optional<SiteStatus> latest(String siteId);

    /** How many cycles of the site have started so far (see {@link SiteStatus#cycle()}). */
    long startedCycles(String siteId);

    /** Runs a cycle now on the calling thread (never the UI thread) and returns it; listeners get it too. */
    SiteStatus refresh(String siteId);

    /** Told after every finished cycle, on the monitor's thread; closing the handle unregisters. */
    AutoCloseable addListener(Consumer<SiteStatus> listener);

    /** Told of every alert as its cycle finishes, on the monitor's thread; closing the handle unregisters. */
    AutoCloseable addAlertListener(Consumer<LagAlert> listener);

    /** A site's alerts since {@code since}, newest first (kept {@link LagHistory#KEPT} at least). */
    List<LagAlert> alerts(String siteId, Instant since);

    /** A standby's lag history since {@code since}, oldest first. */
    List<LagSample> history(String standbyId, Instant since);

    /**
     * The switchover readiness of a standby, read now (a fresh cycle of its site, not the last one).
     *
     * @throws DatabaseException never for an unreachable node (that is a failing line); only when the site is unknown
     */
    List<ReadinessLine> readiness(String siteId, String standbyId) throws DatabaseException;
}
