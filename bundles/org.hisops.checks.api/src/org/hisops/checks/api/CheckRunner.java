package org.hisops.checks.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs catalogues. A run detects the endpoint's version, decides per check whether it applies (engine, version,
 * stage, a statement for this version), runs the applicable ones in parallel within the endpoint's connection limit
 * through {@code DatabaseSessions} (read-only sessions, statement timeouts), and saves the result in the embedded
 * store. Blocks the caller: never call it on the UI thread.
 */
@ProviderType
public interface CheckRunner {

    /** The installed catalogues, by id. */
    List<CheckCatalogue> catalogues();

    Optional<CheckCatalogue> catalogue(String id);

    /**
     * Runs the catalogue's checks of the given stages (all stages when empty) on the endpoint.
     *
     * @throws IllegalArgumentException when no such catalogue is installed
     */
    RunResult run(String catalogueId, Endpoint endpoint, Set<Stage> stages, RunProgress progress,
            Cancellation cancellation);

    /**
     * Runs only the named checks of the catalogue (inspection runs a list's checks and, when a run is resumed, only
     * those not finished yet). Ids the catalogue does not hold are ignored; results come in catalogue order.
     *
     * @throws IllegalArgumentException when no such catalogue is installed
     * @since 1.1
     */
    RunResult run(String catalogueId, Set<String> checkIds, Endpoint endpoint, RunProgress progress,
            Cancellation cancellation);

    /**
     * As {@link #run(String, Set, Endpoint, RunProgress, Cancellation)}, with settings the evaluators read through
     * {@link CheckContext#setting} (inspection hands in the site's thresholds and the run's identity).
     *
     * @since 1.2
     */
    RunResult run(String catalogueId, Set<String> checkIds, Endpoint endpoint, Map<String, String> settings,
            RunProgress progress, Cancellation cancellation);

    /** The saved runs of an endpoint, newest first (empty when the store cannot be read). */
    List<RunSummary> history(String endpointId);

    /** A saved run read back in full. */
    Optional<RunResult> load(long runId);
}
