package org.hisops.inspection.core.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.RunProgress;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.Checklist;
import org.hisops.inspection.api.ChecklistItem;
import org.hisops.inspection.api.ChecklistProblem;
import org.hisops.inspection.api.ChecklistProvider;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.InspectionSummary;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.ItemKind;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link Inspections} service. Holds nothing of a run in memory: every answer and every finished check goes to
 * the embedded store at once, so a crash, a stopped bundle or a closed window loses nothing and
 * {@link #runChecks} after a restart runs only what is left.
 */
@Component(service = Inspections.class)
public class InspectionsComponent implements Inspections {

    /** Outcome reason for a list line whose check is not installed (a key of the inspection API's bundle). */
    static final String MISSING = "missing.check";
    /** Settings handed to the evaluators with each run, beside the site's thresholds. */
    static final String RUN_SETTING = "inspection.run.id";
    static final String LIST_SETTING = "inspection.checklist.id";

    private final CheckRunner runner;
    private final SiteSettings settings;
    private final Logger logger;
    private final InspectionStore store;
    private final List<ChecklistProvider> providers = new CopyOnWriteArrayList<>();

    @Activate
    public InspectionsComponent(@Reference CheckRunner runner, @Reference SiteSettings settings,
            @Reference EmbeddedStore store, @Reference(service = LoggerFactory.class) Logger logger,
            BundleContext context) {
        this.runner = runner;
        this.settings = settings;
        this.logger = logger;
        this.store = new InspectionStore(store, context.getBundle());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(ChecklistProvider provider) {
        providers.add(provider);
    }

    void removeProvider(ChecklistProvider provider) {
        providers.remove(provider);
    }

    @Override
    public List<Checklist> checklists() {
        Map<String, Checklist> lists = new LinkedHashMap<>();
        for (ChecklistProvider p : providers) {
            for (Checklist list : p.checklists()) {
                if (lists.putIfAbsent(list.id(), list) != null) {
                    logger.warn("Two checklists are named {}; the first one installed is used", list.id());
                }
            }
        }
        return lists.values().stream().sorted(Comparator.comparing(Checklist::id)).toList();
    }

    @Override
    public Optional<Checklist> checklist(String id) {
        return checklists().stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public List<ChecklistProblem> problems() {
        List<ChecklistProblem> problems = new ArrayList<>();
        providers.forEach(p -> problems.addAll(p.problems()));
        for (Checklist list : checklists()) {
            for (ChecklistItem item : list.checks()) {
                if (check(item).isEmpty()) {
                    problems.add(new ChecklistProblem(list.id(), "problem.missing.check",
                            List.of(list.id(), item.catalogueId(), item.id())));
                }
            }
        }
        return problems;
    }

    private Optional<Check> check(ChecklistItem item) {
        return runner.catalogue(item.catalogueId()).flatMap(
                c -> c.checks().stream().filter(k -> k.id().equals(item.id())).findFirst());
    }

    @Override
    public List<Checklist> siteChecklists(String siteId) {
        Optional<String> chosen = settings.get(siteId, SITE_CHECKLISTS);
        if (chosen.isEmpty() || chosen.get().isBlank()) {
            return checklists();
        }
        List<Checklist> lists = new ArrayList<>();
        for (String id : chosen.get().split(",")) {
            checklist(id.strip()).ifPresent(lists::add); // a list whose bundle went away is left out until it is back
        }
        return lists;
    }

    @Override
    public void chooseChecklists(String siteId, List<String> checklistIds)
            throws AccessDeniedException, IOException, InspectionException {
        for (String id : checklistIds) {
            if (checklist(id).isEmpty()) {
                throw new InspectionException("error.unknown_list", id);
            }
        }
        // SiteSettings asks for the administrator and writes the audit entry itself
        settings.set(siteId, SITE_CHECKLISTS, checklistIds.isEmpty() ? null : String.join(",", checklistIds));
    }

    @Override
    public InspectionRun start(String siteId, String checklistId, List<Endpoint> endpoints, String inspector)
            throws InspectionException {
        Checklist list = checklist(checklistId)
                .orElseThrow(() -> new InspectionException("error.unknown_list", checklistId));
        if (inspector == null || inspector.isBlank()) {
            throw new InspectionException("error.no_inspector");
        }
        try {
            long id = store.create(siteId, list.id(), endpoints.stream().map(Endpoint::id).toList(),
                    inspector.strip(), Instant.now());
            return load(id).orElseThrow();
        } catch (SQLException e) {
            throw storeProblem(e);
        }
    }

    @Override
    public InspectionRun runChecks(long runId, List<Endpoint> endpoints, RunProgress progress,
            Cancellation cancellation) throws InspectionException {
        InspectionRun run = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        if (run.signedOff()) {
            throw new InspectionException("error.signed", String.valueOf(runId), run.signedBy());
        }
        Checklist list = checklist(run.checklistId())
                .orElseThrow(() -> new InspectionException("error.unknown_list", run.checklistId()));
        RunProgress told = progress == null ? RunProgress.NONE : progress;
        Cancellation cancel = cancellation == null ? Cancellation.none() : cancellation;
        AtomicReference<InspectionException> saveFailure = new AtomicReference<>();
        Map<String, String> runSettings = new LinkedHashMap<>();
        settings.all(run.siteId()).forEach((k, v) -> {
            if (k.startsWith(Threshold.PREFIX)) {
                runSettings.put(k, v);
            }
        });
        runSettings.put(RUN_SETTING, Long.toString(runId));
        runSettings.put(LIST_SETTING, run.checklistId());
        for (Endpoint endpoint : endpoints) {
            if (!run.endpointIds().contains(endpoint.id())
                    || list.engines().stream().noneMatch(e -> e == endpoint.engine())) {
                continue;
            }
            // by catalogue, the checks without a saved outcome, in list order
            Map<String, Set<String>> pending = new LinkedHashMap<>();
            for (ChecklistItem item : list.checks()) {
                if (run.outcome(endpoint.id(), item.id()).isPresent()) {
                    continue;
                }
                if (check(item).isEmpty()) {
                    save(runId, new CheckOutcome(endpoint.id(), item.catalogueId(), new CheckResult(item.id(),
                            CheckStatus.NOT_APPLICABLE, null, List.of(), MISSING,
                            List.of(item.catalogueId(), item.id()), null, null, null, java.time.Duration.ZERO),
                            Instant.now()), saveFailure);
                    continue;
                }
                pending.computeIfAbsent(item.catalogueId(), k -> new LinkedHashSet<>()).add(item.id());
            }
            for (Map.Entry<String, Set<String>> e : pending.entrySet()) {
                if (cancel.isCancelled()) {
                    break;
                }
                runner.run(e.getKey(), e.getValue(), endpoint, runSettings, new RunProgress() {
                    @Override
                    public void checkDone(CheckResult result, int done, int total) {
                        // a check stopped by the cancellation is still to run: it is not saved
                        if (result.status() != CheckStatus.CANCELLED) {
                            save(runId, new CheckOutcome(endpoint.id(), e.getKey(), result, Instant.now()),
                                    saveFailure);
                        }
                        try {
                            told.checkDone(result, done, total);
                        } catch (RuntimeException ignored) {
                            // the caller's progress must not cost the run
                        }
                    }
                }, cancel);
            }
        }
        if (saveFailure.get() != null) {
            throw saveFailure.get();
        }
        return load(runId).orElseThrow();
    }

    private void save(long runId, CheckOutcome outcome, AtomicReference<InspectionException> failure) {
        try {
            store.saveOutcome(runId, outcome);
        } catch (InspectionStore.SignedOff e) {
            failure.compareAndSet(null, new InspectionException("error.signed", String.valueOf(runId), ""));
        } catch (SQLException | RuntimeException e) {
            logger.warn("Inspection run {}: the result of {} could not be saved: {}", runId,
                    outcome.result().checkId(), e.getMessage());
            failure.compareAndSet(null, storeProblem(e));
        }
    }

    @Override
    public InspectionRun answer(long runId, ManualAnswer answer) throws InspectionException {
        InspectionRun run = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        Checklist list = checklist(run.checklistId())
                .orElseThrow(() -> new InspectionException("error.unknown_list", run.checklistId()));
        ChecklistItem item = list.manualItems().stream().filter(i -> i.id().equals(answer.itemId())).findFirst()
                .orElseThrow(() -> new InspectionException("error.unknown_item", answer.itemId(), list.id()));
        ManualAnswer saved;
        if (item.kind() == ItemKind.VALUE) {
            if (answer.value() == null || answer.value().isNaN() || answer.value().isInfinite()) {
                throw new InspectionException("error.value_needed", item.id());
            }
            saved = new ManualAnswer(item.id(), answer.value(), item.accepts(answer.value()), answer.note(),
                    Instant.now());
        } else {
            if (answer.passed() == null) {
                throw new InspectionException("error.verdict_needed", item.id());
            }
            saved = new ManualAnswer(item.id(), null, answer.passed(), answer.note(), Instant.now());
        }
        try {
            store.saveAnswer(runId, saved);
        } catch (InspectionStore.SignedOff e) {
            throw new InspectionException("error.signed", String.valueOf(runId), run.signedBy());
        } catch (SQLException e) {
            throw storeProblem(e);
        }
        return load(runId).orElseThrow();
    }

    @Override
    public InspectionRun signOff(long runId, String inspector) throws InspectionException {
        if (inspector == null || inspector.isBlank()) {
            throw new InspectionException("error.no_inspector");
        }
        InspectionRun run = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        try {
            store.signOff(runId, inspector.strip(), Instant.now());
        } catch (InspectionStore.SignedOff e) {
            throw new InspectionException("error.signed", String.valueOf(runId), run.signedBy());
        } catch (SQLException e) {
            throw storeProblem(e);
        }
        return load(runId).orElseThrow();
    }

    @Override
    public Optional<InspectionRun> load(long runId) throws InspectionException {
        try {
            return store.load(runId);
        } catch (SQLException e) {
            throw storeProblem(e);
        }
    }

    @Override
    public Optional<String> conclusions(long runId) throws InspectionException {
        try {
            return store.conclusions(runId);
        } catch (SQLException e) {
            throw storeProblem(e);
        }
    }

    @Override
    public void saveConclusions(long runId, String text) throws InspectionException {
        InspectionRun run = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        try {
            store.saveConclusions(runId, text == null ? "" : text, Instant.now());
        } catch (InspectionStore.SignedOff e) {
            throw new InspectionException("error.signed", String.valueOf(runId), run.signedBy());
        } catch (SQLException e) {
            throw storeProblem(e);
        }
    }

    @Override
    public List<InspectionSummary> history(String siteId) throws InspectionException {
        try {
            return store.history(siteId);
        } catch (SQLException e) {
            throw storeProblem(e);
        }
    }

    @Override
    public RunComparison compare(long runId, long previousRunId) throws InspectionException {
        InspectionRun now = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        InspectionRun before = previousRunId == 0 ? null : load(previousRunId).orElseThrow(
                () -> new InspectionException("error.unknown_run", String.valueOf(previousRunId)));
        return RunComparisons.compare(now, before, checklist(now.checklistId()).orElse(null));
    }

    @Override
    public RunComparison compareWithPreviousMonth(long runId) throws InspectionException {
        InspectionRun now = load(runId).orElseThrow(() -> new InspectionException("error.unknown_run",
                String.valueOf(runId)));
        ZoneId zone = ZoneId.systemDefault();
        Instant monthStart = LocalDate.ofInstant(now.started(), zone).with(TemporalAdjusters.firstDayOfMonth())
                .atStartOfDay(zone).toInstant();
        long previous = history(now.siteId()).stream()
                .filter(s -> s.checklistId().equals(now.checklistId()) && s.started().isBefore(monthStart))
                .findFirst().map(InspectionSummary::id).orElse(0L);
        return compare(runId, previous);
    }

    private static InspectionException storeProblem(Exception e) {
        return new InspectionException("error.store", List.of(String.valueOf(e.getMessage())), e);
    }
}
