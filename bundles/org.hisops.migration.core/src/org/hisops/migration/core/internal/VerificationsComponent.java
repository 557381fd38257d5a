package org.hisops.migration.core.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.report.Report;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link Verifications} service. A run: the source's SCN (Oracle) is read, each side's sessions open on one
 * snapshot (SideReader), tables are planned and compared in parallel (phase 1), the sessions close, and after the
 * re-check delay the candidate rows of every table are read again (phase 2). Each finished segment and table goes
 * to the store at once.
 */
@Component(service = Verifications.class)
public class VerificationsComponent implements Verifications {

    private final DatabaseSessions sessions;
    private final EndpointDirectory endpoints;
    private final VerifyStore store;
    private final Logger logger;

    @Activate
    public VerificationsComponent(@Reference DatabaseSessions sessions, @Reference EndpointDirectory endpoints,
            @Reference EmbeddedStore store, @Reference(service = LoggerFactory.class) Logger logger,
            BundleContext context) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.store = new VerifyStore(store, context.getBundle());
        this.logger = logger;
    }

    @Override
    public VerifyResult verify(VerifyRequest request, VerifyListener listener, Cancellation cancellation)
            throws VerificationException {
        sidesFit(request.source(), request.target());
        String runId = UUID.randomUUID().toString();
        Instant started = Instant.now();
        try {
            store.create(runId, request.source().id(), request.target().id(), Options.write(request.options()),
                    started, request.tables());
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
        return run(runId, started, request, Map.of(), listener, cancellation);
    }

    @Override
    public VerifyResult resume(String runId, VerifyListener listener, Cancellation cancellation)
            throws VerificationException {
        VerifyStore.Run run = stored(runId);
        Endpoint source = endpoint(run.sourceId());
        Endpoint target = endpoint(run.targetId());
        sidesFit(source, target);
        VerifyRequest request = new VerifyRequest(source, target, run.tables(), Options.read(run.options()));
        try {
            return run(runId, run.started(), request, store.results(runId, run.tables()), listener, cancellation);
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
    }

    private VerifyStore.Run stored(String runId) throws VerificationException {
        try {
            return store.run(runId).orElseThrow(() -> new VerificationException("unknown-run", runId, null));
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
    }

    /**
     * Two schemas of one endpoint need a session for each side at once: with a connection limit of 1 the second side
     * would wait for the first until the connect timeout, so it is said before anything starts.
     */
    private static void sidesFit(Endpoint source, Endpoint target) throws VerificationException {
        if (source.id().equals(target.id()) && source.connectionLimit() < 2) {
            throw new VerificationException("same-endpoint-limit", source.name(), null);
        }
    }

    private Endpoint endpoint(String id) throws VerificationException {
        return endpoints.find(id).orElseThrow(() -> new VerificationException("unknown-endpoint", id, null));
    }

    private VerifyResult run(String runId, Instant started, VerifyRequest request, Map<Integer, TableResult> done,
            VerifyListener listener, Cancellation cancellation) throws VerificationException {
        VerifyOptions options = request.options();
        Endpoint source = request.source();
        Endpoint target = request.target();
        int n = request.tables().size();
        TableResult[] results = new TableResult[n];
        TableJob[] jobs = new TableJob[n];
        done.forEach((i, r) -> results[i] = r);
        String sourceAsOf = null;
        String targetAsOf = null;
        String[] snapshots = new String[2];
        DatabaseException sideProblem = null;
        try {
            sourceAsOf = scn(source, cancellation);
            targetAsOf = scn(target, cancellation);
        } catch (DatabaseException e) {
            sideProblem = e;
        }
        // plans first: the side readers hold every session the endpoints allow once they start
        TablePlan[] plans = new TablePlan[n];
        for (int i = 0; i < n && sideProblem == null; i++) {
            if (results[i] != null) {
                continue;
            }
            TablePair pair = request.tables().get(i);
            try {
                plans[i] = TablePlan.build(sessions, source, target, pair, options.emptyStringIsNull(), sourceAsOf,
                        targetAsOf, cancellation);
            } catch (DatabaseException e) {
                results[i] = failed(pair, cancellation.isCancelled() ? DbProblem.CANCELLED : e.problem(),
                        e.getMessage());
            } catch (TablePlan.PlanException e) {
                results[i] = failed(pair, e.problem, e.getMessage());
            }
        }
        if (sideProblem == null && java.util.Arrays.stream(plans).anyMatch(java.util.Objects::nonNull)) {
            int perSide = options.sessionsPerSide();
            if (source.id().equals(target.id())) {
                // two schemas of one endpoint share its connection limit, and each side holds its sessions for the
                // whole phase: together they must fit, or the second side waits for a session that never comes
                perSide = Math.max(1, Math.min(perSide, source.connectionLimit() / 2));
            }
            try (SideReader sourceReader = new SideReader(sessions, source, perSide, cancellation, "source");
                    SideReader targetReader = new SideReader(sessions, target, perSide, cancellation, "target")) {
                sourceReader.start();
                targetReader.start();
                snapshots[0] = sourceAsOf != null ? "SCN " + sourceAsOf : snapshotText(sourceReader.snapshot());
                snapshots[1] = targetAsOf != null ? "SCN " + targetAsOf : snapshotText(targetReader.snapshot());
                store.snapshots(runId, snapshots[0], snapshots[1]);
                ExecutorService pool = Executors.newFixedThreadPool(Math.min(n, options.parallelTables()),
                        r -> daemon(r, "HisOps verify tables"));
                List<Future<?>> futures = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (plans[i] == null) {
                        continue;
                    }
                    int no = i;
                    futures.add(pool.submit(() -> {
                        results[no] = phaseOne(runId, no, request, plans[no], sourceReader, targetReader, jobs,
                                listener, cancellation);
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (Exception e) {
                        logger.error("A verification table task failed unexpectedly", e);
                    }
                }
                pool.shutdownNow();
            } catch (SQLException e) {
                throw new VerificationException("store", e.getMessage(), e);
            }
        }
        // phase 2: fresh reads after the delay, so rows in flight under replication settle
        boolean any = false;
        for (TableJob job : jobs) {
            any |= job != null;
        }
        if (any && !cancellation.isCancelled()) {
            sleep(options.recheckDelay(), cancellation);
        }
        for (int i = 0; i < n; i++) {
            if (done.containsKey(i)) {
                continue;
            }
            TableJob job = jobs[i];
            if (results[i] != null) {
                // failed or cancelled in planning or phase 1
            } else if (job == null) {
                results[i] = failure(request.tables().get(i), sideProblem, cancellation);
                // a plan without a job: phase 1 was cut before it ended
            } else if (cancellation.isCancelled()) {
                results[i] = cancelledResult(request.tables().get(i));
            } else {
                try {
                    results[i] = job.recheck(sessions, source, target);
                } catch (DatabaseException e) {
                    results[i] = job.failed(cancellation.isCancelled() ? DbProblem.CANCELLED : e.problem(),
                            e.getMessage());
                } catch (RuntimeException e) {
                    results[i] = job.failed(DbProblem.OTHER, String.valueOf(e.getMessage()));
                }
            }
            try {
                if (results[i].status() != TableStatus.CANCELLED) {
                    store.result(runId, i, results[i]);
                }
            } catch (SQLException e) {
                throw new VerificationException("store", e.getMessage(), e);
            }
            listener.table(results[i]);
        }
        Instant finished = Instant.now();
        boolean complete = java.util.Arrays.stream(results).noneMatch(r -> r.status() == TableStatus.CANCELLED);
        try {
            if (complete) {
                store.finished(runId, finished);
            }
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
        VerifyStore.Run stored = stored(runId);
        return new VerifyResult(runId, source.id(), target.id(), started, complete ? finished : null,
                stored.sourceSnapshot(), stored.targetSnapshot(), source.emulated() || target.emulated(),
                java.util.Arrays.asList(results));
    }

    private TableResult phaseOne(String runId, int no, VerifyRequest request, TablePlan plan,
            SideReader sourceReader, SideReader targetReader, TableJob[] jobs, VerifyListener listener,
            Cancellation cancellation) {
        TablePair pair = request.tables().get(no);
        TableJob job = new TableJob(plan, no, runId, request.options(), sourceReader, targetReader, store, listener,
                cancellation);
        try {
            job.compare();
            jobs[no] = job;
            return null;
        } catch (DatabaseException e) {
            if (cancellation.isCancelled() || e.problem() == DbProblem.CANCELLED) {
                return cancelledResult(pair);
            }
            return job.failed(e.problem(), e.getMessage());
        } catch (SQLException e) {
            return job.failed(DbProblem.OTHER, "store: " + e.getMessage());
        } catch (RuntimeException e) {
            logger.error("Verification of {} failed", pair.label(), e);
            return job.failed(DbProblem.OTHER, String.valueOf(e.getMessage()));
        }
    }

    private static TableResult failed(TablePair pair, DbProblem problem, String message) {
        if (problem == DbProblem.CANCELLED) {
            return cancelledResult(pair);
        }
        return new TableResult(pair, TableStatus.FAILED, org.hisops.migration.api.ComparedBy.KEY_RANGES, 0, 0, 0, 0,
                0, 0, List.of(), List.of(), List.of(), List.of(), problem, message, null);
    }

    private static TableResult cancelledResult(TablePair pair) {
        return new TableResult(pair, TableStatus.CANCELLED, org.hisops.migration.api.ComparedBy.KEY_RANGES, 0, 0, 0,
                0, 0, 0, List.of(), List.of(), List.of(), List.of(), DbProblem.CANCELLED, null, null);
    }

    private static TableResult failure(TablePair pair, DatabaseException problem, Cancellation cancellation) {
        if (cancellation.isCancelled() || problem == null) {
            return cancelledResult(pair);
        }
        return failed(pair, problem.problem(), problem.getMessage());
    }

    private String scn(Endpoint endpoint, Cancellation cancellation) throws DatabaseException {
        if (endpoint.engine() != Engine.ORACLE) {
            return null;
        }
        return sessions.read(endpoint, s -> s.queryFirst(s.sql("migration.scn"), rs -> rs.getString(1)).orElse(null),
                cancellation);
    }

    private static String snapshotText(String id) {
        return id == null ? null : "snapshot " + id;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    private static void sleep(Duration delay, Cancellation cancellation) {
        long end = System.nanoTime() + delay.toNanos();
        while (System.nanoTime() < end && !cancellation.isCancelled()) {
            try {
                Thread.sleep(Math.min(100, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public Optional<VerifyResult> find(String runId) throws VerificationException {
        try {
            Optional<VerifyStore.Run> run = store.run(runId);
            if (run.isEmpty()) {
                return Optional.empty();
            }
            VerifyStore.Run r = run.get();
            Map<Integer, TableResult> results = store.results(runId, r.tables());
            List<TableResult> tables = new ArrayList<>();
            for (int i = 0; i < r.tables().size(); i++) {
                tables.add(results.getOrDefault(i, cancelledResult(r.tables().get(i))));
            }
            boolean emulated = endpoints.find(r.sourceId()).map(Endpoint::emulated).orElse(false)
                    || endpoints.find(r.targetId()).map(Endpoint::emulated).orElse(false);
            return Optional.of(new VerifyResult(runId, r.sourceId(), r.targetId(), r.started(), r.finished(),
                    r.sourceSnapshot(), r.targetSnapshot(), emulated, tables));
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
    }

    @Override
    public List<String> unfinished() throws VerificationException {
        try {
            return store.unfinished();
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
    }

    @Override
    public String json(VerifyResult result) {
        return ResultJson.of(result);
    }

    @Override
    public Report report(VerifyResult result, Locale locale) {
        return ResultReport.of(result, locale);
    }

    /** The options as the store keeps them. */
    static final class Options {
        private Options() {
        }

        static String write(VerifyOptions o) {
            return String.join(";", o.mode().name(), "" + o.samplePercent(), "" + o.emptyStringIsNull(),
                    "" + o.segmentRows(), "" + o.leafRows(), "" + o.recheckDelay().toMillis(), "" + o.parallelTables(),
                    "" + o.sessionsPerSide(), "" + o.reportedRowsPerTable());
        }

        static VerifyOptions read(String text) {
            String[] f = text.split(";");
            return new VerifyOptions(VerifyMode.valueOf(f[0]), Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]),
                    Integer.parseInt(f[3]), Integer.parseInt(f[4]), Duration.ofMillis(Long.parseLong(f[5])),
                    Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]));
        }
    }
}
