package org.hisops.checks.core.internal;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.RunSummary;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.SqlResources;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** The {@link CheckRunner}: catalogues come and go as services; runs are saved when the store is there. */
@Component(service = CheckRunner.class)
public class CheckRunnerComponent implements CheckRunner {

    private final CatalogueRun runs;
    private final BundleContext context;
    private final Logger logger;
    private final Map<String, CheckCatalogue> catalogues = new ConcurrentHashMap<>();
    private volatile EmbeddedStore store;
    private volatile RunHistory history;

    @Activate
    public CheckRunnerComponent(@Reference DatabaseSessions sessions, @Reference SqlResources resources,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this.runs = new CatalogueRun(sessions, resources);
        this.context = context;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCatalogue(CheckCatalogue catalogue) {
        CheckCatalogue earlier = catalogues.putIfAbsent(catalogue.id(), catalogue);
        if (earlier != null && earlier != catalogue) {
            logger.warn("Two check catalogues are named {}; the first one installed is used", catalogue.id());
        }
    }

    void removeCatalogue(CheckCatalogue catalogue) {
        catalogues.remove(catalogue.id(), catalogue);
    }

    // Optional and dynamic: runs go on without the store, they are only not kept.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(EmbeddedStore newStore) {
        store = newStore;
        history = new RunHistory(newStore, context.getBundle());
    }

    void unsetStore(EmbeddedStore oldStore) {
        if (store == oldStore) {
            store = null;
            history = null;
        }
    }

    @Override
    public List<CheckCatalogue> catalogues() {
        return catalogues.values().stream().sorted(Comparator.comparing(CheckCatalogue::id)).toList();
    }

    @Override
    public Optional<CheckCatalogue> catalogue(String id) {
        return Optional.ofNullable(catalogues.get(id));
    }

    @Override
    public RunResult run(String catalogueId, Endpoint endpoint, Set<Stage> stages, RunProgress progress,
            Cancellation cancellation) {
        CheckCatalogue catalogue = catalogue(catalogueId)
                .orElseThrow(() -> new IllegalArgumentException("no check catalogue " + catalogueId + " is installed"));
        RunResult result = runs.run(catalogue, endpoint, stages == null ? Set.of() : stages,
                progress == null ? RunProgress.NONE : progress, cancellation == null ? Cancellation.none() : cancellation);
        return saved(result);
    }

    @Override
    public RunResult run(String catalogueId, Set<String> checkIds, Endpoint endpoint, RunProgress progress,
            Cancellation cancellation) {
        return run(catalogueId, checkIds, endpoint, Map.of(), progress, cancellation);
    }

    @Override
    public RunResult run(String catalogueId, Set<String> checkIds, Endpoint endpoint, Map<String, String> settings,
            RunProgress progress, Cancellation cancellation) {
        CheckCatalogue catalogue = catalogue(catalogueId)
                .orElseThrow(() -> new IllegalArgumentException("no check catalogue " + catalogueId + " is installed"));
        List<Check> chosen = catalogue.checks().stream().filter(c -> checkIds.contains(c.id())).toList();
        RunResult result = runs.run(catalogue, chosen, endpoint, Set.of(), settings == null ? Map.of() : settings,
                progress == null ? RunProgress.NONE : progress, cancellation == null ? Cancellation.none() : cancellation);
        return saved(result);
    }

    private RunResult saved(RunResult result) {
        String catalogueId = result.catalogueId();
        RunHistory h = history;
        if (h == null) {
            return result.withRunId(0, "no embedded store");
        }
        try {
            return result.withRunId(h.save(result), null);
        } catch (SQLException | RuntimeException e) {
            logger.warn("A check run of {} on {} could not be saved: {}", catalogueId, result.endpointId(),
                    e.getMessage());
            return result.withRunId(0, e.getMessage());
        }
    }

    @Override
    public List<RunSummary> history(String endpointId) {
        RunHistory h = history;
        if (h == null) {
            return List.of();
        }
        try {
            return h.history(endpointId);
        } catch (SQLException | RuntimeException e) {
            logger.warn("The check run history cannot be read: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public Optional<RunResult> load(long runId) {
        RunHistory h = history;
        if (h == null) {
            return Optional.empty();
        }
        try {
            return h.load(runId);
        } catch (SQLException | RuntimeException e) {
            logger.warn("Check run {} cannot be read: {}", runId, e.getMessage());
            return Optional.empty();
        }
    }
}
