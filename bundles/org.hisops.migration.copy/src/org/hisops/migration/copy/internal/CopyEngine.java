package org.hisops.migration.copy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPreflight;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.migration.copy.TableCopy.TableState;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
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

/**
 * The {@link CopyService}: plans from the source's catalogue, creates the target's objects, runs the table workers
 * (as many as both endpoints' connection limits allow, one source and one target session each, plus the source
 * session that holds the exported snapshot), then keys, indexes and sequences, and the final counts.
 */
@Component(service = CopyService.class)
public class CopyEngine implements CopyService {

    static final String VERIFICATION_NOT_INSTALLED = "verification not run: engine not installed; the copy's own "
            + "counts were checked (per table: source rows = target rows + rejected rows)";

    private final DatabaseSessions sessions;
    private final EndpointDirectory endpoints;
    private final CopyStore store;
    private final AccessControl access;
    private final Logger logger;
    private volatile AuditLog auditLog;
    private volatile Verifications verifications;
    private volatile MigrationProjects projects;

    @Activate
    public CopyEngine(@Reference DatabaseSessions sessions, @Reference EndpointDirectory endpoints,
            @Reference EmbeddedStore store, @Reference AccessControl access,
            @Reference(service = LoggerFactory.class) Logger logger, BundleContext context) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.store = new CopyStore(store, context.getBundle());
        this.access = access;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog log) {
        auditLog = log;
    }

    void unsetAuditLog(AuditLog log) {
        if (auditLog == log) {
            auditLog = null;
        }
    }

    /** The verification engine (org.hisops.migration.core); without it a run checks its own counts only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setVerifications(Verifications service) {
        verifications = service;
    }

    void unsetVerifications(Verifications service) {
        if (verifications == service) {
            verifications = null;
        }
    }

    /** Where a run made for a project is noted (org.hisops.migration.core); optional like the verification. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setProjects(MigrationProjects service) {
        projects = service;
    }

    void unsetProjects(MigrationProjects service) {
        if (projects == service) {
            projects = null;
        }
    }

    @Override
    public CopyPlan plan(CopyRequest request, Cancellation cancellation) throws DatabaseException, CopyException {
        return translate(request, endpoint(request.sourceEndpointId()), cancellation).plan();
    }

    private Endpoint endpoint(String id) throws CopyException {
        return endpoints.find(id).orElseThrow(() -> new CopyException("copy.problem.endpoint", List.of(id),
                "unknown endpoint " + id, null));
    }

    private Translation translate(CopyRequest request, Endpoint source, Cancellation cancellation)
            throws DatabaseException {
        SourceCatalog catalog = sessions.transfer(source, false, "copy: read the catalogue", s -> {
            var only = new HashSet<>(request.tables());
            return source.engine() == Engine.ORACLE ? OracleCatalogReader.read(s, request.sourceSchema(), only)
                    : PostgresCatalogReader.read(s, request.sourceSchema(), only);
        }, cancellation);
        return Translator.translate(catalog, request.targetSchema());
    }

    @Override
    public CopyPreflight preflight(CopyRequest request, Cancellation cancellation)
            throws DatabaseException, CopyException {
        Endpoint source = endpoint(request.sourceEndpointId());
        Endpoint target = targetEndpoint(request.targetEndpointId());
        return preflight(request, source, target, translate(request, source, cancellation), cancellation);
    }

    private Endpoint targetEndpoint(String id) throws CopyException {
        Endpoint target = endpoint(id);
        if (!target.engine().postgresFamily()) {
            throw new CopyException("copy.problem.target-engine", List.of(target.id(), target.engine().name()),
                    "the target must be PostgreSQL or KingbaseES: " + target.id(), null);
        }
        return target;
    }

    private CopyPreflight preflight(CopyRequest request, Endpoint source, Endpoint target, Translation translation,
            Cancellation cancellation) throws DatabaseException {
        List<String> planned = translation.plan().tables().stream().filter(t -> !t.refused())
                .map(CopyPlan.TablePlan::target).toList();
        return sessions.transfer(target, false, "copy: preflight", s -> {
            String database;
            boolean standby;
            boolean readOnly;
            try (PreparedStatement ps = s.connection().prepareStatement(s.sql("copy.pg.target-state").text())) {
                ps.setQueryTimeout(target.statementTimeoutSeconds());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    database = rs.getString(1);
                    standby = rs.getBoolean(2);
                    readOnly = "on".equalsIgnoreCase(rs.getString(3));
                }
            }
            List<String> existing = new ArrayList<>();
            try (PreparedStatement ps = s.connection().prepareStatement(s.sql("copy.pg.existing-tables").text())) {
                ps.setQueryTimeout(target.statementTimeoutSeconds());
                ps.setString(1, request.targetSchema());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
            }
            // every planned table that clashes, refused ones too: their names are taken all the same
            List<String> clash = translation.plan().tables().stream().map(CopyPlan.TablePlan::target)
                    .filter(existing::contains).toList();
            return new CopyPreflight(source.id(), source.emulated(), target.id(), database, request.targetSchema(),
                    planned, clash, standby, readOnly);
        }, cancellation);
    }

    /**
     * The administrator check. The platform audits a refusal itself (ACCESS_DENIED with the action): auditing it
     * here too would record one refusal twice.
     */
    private void requireAdministrator() throws CopyException {
        try {
            access.requireAdministrator(AUDIT_ACTION);
        } catch (AccessDeniedException e) {
            throw new CopyException(ACCESS_DENIED, List.of(e.reason().name()),
                    "the copy changes a database: administrator role required (" + e.reason() + ")", e);
        }
    }

    private void audit(String siteId, String target, AuditOutcome outcome, String detail) {
        AuditLog log = auditLog;
        if (log != null) {
            log.append(siteId, AUDIT_ACTION, target, outcome, detail);
        }
    }

    private static String auditTarget(CopyRequest request) {
        return request.sourceEndpointId() + ":" + request.sourceSchema() + " -> " + request.targetEndpointId() + ":"
                + request.targetSchema();
    }

    /** Notes the run, and the verification made at its end, in the runs of the project it was made for. */
    private void noteInProject(CopyRun run) {
        MigrationProjects kept = projects;
        String project = run.request().projectId();
        if (kept == null || project == null) {
            return;
        }
        try {
            kept.recordRun(project, new MigrationProjects.ProjectRun(MigrationProjects.ProjectRun.Kind.COPY,
                    Long.toString(run.id()), run.started(), run.state().name()));
            if (run.verification() != null && run.verification().runId() != null) {
                kept.recordRun(project, new MigrationProjects.ProjectRun(MigrationProjects.ProjectRun.Kind.VERIFY,
                        run.verification().runId(), run.finished() == null ? run.started() : run.finished(),
                        run.verification().status().name()));
            }
        } catch (VerificationException e) {
            // the run itself is kept in the copy history; only the project's list misses it
            logger.warn("Copy run {} could not be noted in project {}: {}", run.id(), project, e.getMessage());
        }
    }

    @Override
    public CopyRun start(CopyRequest request, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException {
        Endpoint source = endpoint(request.sourceEndpointId());
        Endpoint target = targetEndpoint(request.targetEndpointId());
        requireAdministrator();
        Translation translation = translate(request, source, cancellation);
        CopyPreflight preflight = preflight(request, source, target, translation, cancellation);
        if (!preflight.allowed()) {
            CopyPreflight.Refusal refusal = preflight.refusals().get(0);
            audit(target.siteId(), auditTarget(request), AuditOutcome.REFUSED, refusal.code() + " "
                    + refusal.arguments());
            throw new CopyException(refusal.code(), refusal.arguments(), "copy refused: " + refusal.code() + " "
                    + refusal.arguments(), null);
        }
        List<String[]> tables = translation.plan().tables().stream().map(t -> new String[] { t.source(), t.target(),
                (t.refused() ? TableState.REFUSED : TableState.PENDING).name() }).toList();
        List<MappingNote> notes = new ArrayList<>(translation.plan().notes());
        if (source.engine() == Engine.ORACLE && source.emulated()) {
            notes.add(MappingNote.of(source.id(), MappingNote.Level.INFO, "snapshot-emulated"));
        }
        long id = store.create(request, notes, tables);
        audit(target.siteId(), auditTarget(request), AuditOutcome.SUCCESS, "run " + id + " started: database "
                + preflight.targetDatabase() + (source.emulated() ? ", emulated source" : "") + ", tables "
                + String.join(", ", tables.stream().map(t -> t[0]).toList()));
        logger.info("Copy run {}: {} tables from {} ({}) to {} ({})", id, tables.size(), source.id(),
                request.sourceSchema(), target.id(), request.targetSchema());
        return audited(id, target, request, () -> execute(id, source, target, translation, listener, cancellation));
    }

    private interface Attempt {
        CopyRun run() throws DatabaseException, CopyException;
    }

    /** Runs an attempt and audits how it ended: the run's state and counts, or the failure. */
    private CopyRun audited(long id, Endpoint target, CopyRequest request, Attempt attempt)
            throws DatabaseException, CopyException {
        try {
            CopyRun run = attempt.run();
            long sourceRows = run.tables().stream().mapToLong(TableCopy::sourceRows).sum();
            long targetRows = run.tables().stream().mapToLong(TableCopy::targetRows).sum();
            boolean done = run.state() == CopyRun.RunState.DONE || run.state() == CopyRun.RunState.DONE_WITH_REJECTS;
            audit(target.siteId(), auditTarget(request), done ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, "run "
                    + id + " " + run.state() + ": " + run.tables().size() + " tables, source rows " + sourceRows
                    + ", target rows " + targetRows + ", rejected " + run.rejected() + ", verification "
                    + (run.verification() == null ? "-" : run.verification().status()));
            noteInProject(run);
            return run;
        } catch (DatabaseException e) {
            audit(target.siteId(), auditTarget(request), AuditOutcome.FAILED, "run " + id + ": " + e.problem() + " "
                    + e.getMessage());
            throw e;
        } catch (CopyException e) {
            audit(target.siteId(), auditTarget(request), AuditOutcome.FAILED, "run " + id + ": " + e.code());
            throw e;
        }
    }

    @Override
    public CopyRun resume(long runId, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException {
        CopyStore.Stored stored = store.run(runId).orElseThrow(() -> new CopyException("copy.problem.run",
                List.of(Long.toString(runId)), "unknown copy run " + runId, null));
        CopyRun run = stored.run();
        if (run.state() == CopyRun.RunState.DONE || run.state() == CopyRun.RunState.DONE_WITH_REJECTS) {
            return run;
        }
        Endpoint source = endpoint(run.request().sourceEndpointId());
        Endpoint target = targetEndpoint(run.request().targetEndpointId());
        requireAdministrator();
        Translation translation = translate(run.request(), source, cancellation);
        store.runState(runId, CopyRun.RunState.RUNNING, false);
        audit(target.siteId(), auditTarget(run.request()), AuditOutcome.SUCCESS, "run " + runId + " resumed");
        logger.info("Copy run {} resumed", runId);
        return audited(runId, target, run.request(),
                () -> execute(runId, source, target, translation, listener, cancellation));
    }

    @Override
    public Optional<CopyRun> run(long runId) throws CopyException {
        return store.run(runId).map(CopyStore.Stored::run);
    }

    @Override
    public List<CopyReject> rejects(long runId, String table, int limit) throws CopyException {
        return store.rejects(runId, table, limit);
    }

    private CopyRun execute(long id, Endpoint source, Endpoint target, Translation translation, CopyListener listener,
            Cancellation cancellation) throws CopyException, DatabaseException {
        CopyStore.Stored stored = store.run(id).orElseThrow();
        CopyRequest request = stored.run().request();
        try {
            if (!stored.objectsCreated()) {
                List<String> statements = new ArrayList<>(translation.plan().beforeData());
                translation.plan().tables().forEach(t -> statements.addAll(t.create()));
                runStatements(target, request.targetSchema(), "copy run " + id + ": create the target's objects",
                        statements, null, cancellation);
                store.flags(id, true, false);
            }
            copyTables(id, source, target, translation, stored.run().tables(), listener, cancellation);
        } catch (DatabaseException e) {
            store.runState(id, cancellation.isCancelled() ? CopyRun.RunState.INTERRUPTED : CopyRun.RunState.FAILED,
                    true);
            throw e;
        }
        CopyRun run = store.run(id).orElseThrow().run();
        boolean allCopied = run.tables().stream()
                .allMatch(t -> t.state() == TableState.DONE || t.state() == TableState.REFUSED);
        if (allCopied && !store.run(id).orElseThrow().afterDataDone()) {
            List<MappingNote> failures = new ArrayList<>();
            runStatements(target, request.targetSchema(), "copy run " + id + ": keys, indexes and sequences",
                    translation.plan().afterData(), failures, cancellation);
            if (!failures.isEmpty()) {
                List<MappingNote> notes = new ArrayList<>(run.notes());
                notes.addAll(failures);
                store.notes(id, notes);
            }
            store.flags(id, true, true);
        }
        CopyRun.RunState state;
        if (allCopied) {
            boolean refusedOrRejected = run.rejected() > 0
                    || run.tables().stream().anyMatch(t -> t.state() == TableState.REFUSED);
            state = refusedOrRejected ? CopyRun.RunState.DONE_WITH_REJECTS : CopyRun.RunState.DONE;
            store.verification(id, verify(id, source, target, run, listener, cancellation));
        } else {
            state = cancellation.isCancelled() || run.tables().stream().anyMatch(t -> t.state() == TableState.FAILED
                    && t.problem() != null && t.problem().startsWith(DbProblem.CONNECTION_LOST.name()))
                            ? CopyRun.RunState.INTERRUPTED : CopyRun.RunState.FAILED;
            store.verification(id, new CopyRun.Verification(CopyRun.VerificationStatus.NOT_RUN_INCOMPLETE,
                    "verification not run: the copy did not finish"));
        }
        store.runState(id, state, true);
        CopyRun finished = store.run(id).orElseThrow().run();
        logger.info("Copy run {} {}: {} rejected rows", id, state, finished.rejected());
        return finished;
    }

    /**
     * Verifies the copied tables (not those refused) in checksum mode, names as the copy translated them; Oracle's
     * empty string is NULL when the source is Oracle. A verification that cannot run is FAILED with the reason: the
     * copy itself stays done.
     */
    private CopyRun.Verification verify(long id, Endpoint source, Endpoint target, CopyRun run,
            CopyListener listener, Cancellation cancellation) {
        Verifications engine = verifications;
        if (engine == null) {
            return new CopyRun.Verification(CopyRun.VerificationStatus.NOT_RUN_ENGINE_NOT_INSTALLED,
                    VERIFICATION_NOT_INSTALLED);
        }
        CopyRequest request = run.request();
        List<TablePair> pairs = run.tables().stream().filter(t -> t.state() == TableState.DONE)
                .map(t -> new TablePair(request.sourceSchema(), t.source(), request.targetSchema(), t.target()))
                .toList();
        if (pairs.isEmpty()) {
            return new CopyRun.Verification(CopyRun.VerificationStatus.EQUAL,
                    "verification not needed: no table was copied");
        }
        boolean oracle = source.engine() == Engine.ORACLE;
        VerifyOptions options = VerifyOptions.checksum().withEmptyStringIsNull(oracle);
        VerifyListener progress = new VerifyListener() {
            @Override
            public void segment(TablePair pair, int done, int total) {
                listener.verificationProgress(pair.sourceTable(), done, total, null);
            }

            @Override
            public void table(TableResult result) {
                listener.verificationProgress(result.pair().sourceTable(), result.segmentsCompared(),
                        result.segments(), result.status().name());
            }
        };
        try {
            VerifyResult result = engine.verify(new VerifyRequest(source, target, pairs, options), progress,
                    cancellation);
            TableStatus worst = result.worst();
            CopyRun.VerificationStatus status = switch (worst) {
                case EQUAL -> CopyRun.VerificationStatus.EQUAL;
                case DIFFERENT -> CopyRun.VerificationStatus.DIFFERENT;
                case FAILED, CANCELLED -> CopyRun.VerificationStatus.FAILED;
            };
            String detail = VerificationSummary.of(result, source.emulated() && oracle);
            logger.info("Copy run {}: verification {} {}", id, result.runId(), worst);
            return new CopyRun.Verification(status, detail, result.runId());
        } catch (VerificationException | RuntimeException e) {
            logger.warn("Copy run {}: the verification could not run: {}", id, e.getMessage());
            return new CopyRun.Verification(CopyRun.VerificationStatus.FAILED,
                    "verification could not run: " + e.getMessage());
        }
    }

    /** Runs DDL in one writable session; a failure is fatal unless {@code failures} collects it as a note. */
    private void runStatements(Endpoint target, String schema, String purpose, List<String> statements,
            List<MappingNote> failures, Cancellation cancellation) throws DatabaseException {
        sessions.transfer(target, true, purpose, s -> {
            Connection c = s.connection();
            try (PreparedStatement ps = c.prepareStatement(s.sql("copy.pg.search-path").text())) {
                ps.setString(1, schema);
                ps.executeQuery().close();
            }
            for (String statement : statements) {
                try (Statement st = c.createStatement()) {
                    // a key or index on a large table takes as long as it takes; the session is closed afterwards
                    st.setQueryTimeout(failures == null ? target.statementTimeoutSeconds() : 0);
                    if (failures != null) {
                        st.execute("SET statement_timeout = 0");
                    }
                    st.execute(statement);
                } catch (SQLException e) {
                    if (failures == null) {
                        throw e;
                    }
                    failures.add(MappingNote.of(statement, MappingNote.Level.WARNING, "after-data-failed",
                            String.valueOf(e.getMessage())));
                }
            }
            return null;
        }, cancellation);
    }

    private void copyTables(long id, Endpoint source, Endpoint target, Translation translation,
            List<TableCopy> tables, CopyListener listener, Cancellation cancellation)
            throws CopyException, DatabaseException {
        List<TableCopy> todo = tables.stream()
                .filter(t -> t.state() != TableState.DONE && t.state() != TableState.REFUSED).toList();
        if (todo.isEmpty()) {
            return;
        }
        CopyRequest request = store.run(id).orElseThrow().run().request();
        boolean exportSnapshot = source.engine().postgresFamily() && source.connectionLimit() >= 2;
        int workers = Math.min(source.connectionLimit() - (exportSnapshot ? 1 : 0), target.connectionLimit());
        if (request.workers() > 0) {
            workers = Math.min(workers, request.workers());
        }
        workers = Math.max(1, Math.min(workers, todo.size()));
        CountDownLatch done = new CountDownLatch(1);
        CompletableFuture<String> snapshot = new CompletableFuture<>();
        Thread holder = null;
        if (exportSnapshot) {
            holder = Thread.ofPlatform().name("hisops-copy-snapshot").daemon()
                    .start(() -> holdSnapshot(source, snapshot, done, cancellation));
        } else {
            snapshot.complete(null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("hisops-copy-worker-", 1).daemon().factory());
        try {
            String snapshotId = snapshot.get();
            String scn = source.engine() == Engine.ORACLE && !source.emulated() ? oracleScn(source, cancellation) : null;
            TableCopier.Context context = new TableCopier.Context(sessions, source, target, request.sourceSchema(),
                    request.targetSchema(), snapshotId, scn, request.batchRows(), store, id, listener);
            Map<String, Translation.TableSpec> specs = translation.specs();
            ConcurrentLinkedQueue<CopyException> storeFailures = new ConcurrentLinkedQueue<>();
            List<Future<?>> futures = new ArrayList<>();
            for (TableCopy table : todo) {
                Translation.TableSpec spec = specs.get(table.source());
                if (spec == null) {
                    continue; // refused by a newer translation: stays as stored
                }
                futures.add(pool.submit(() -> {
                    if (cancellation.isCancelled()) {
                        return;
                    }
                    try {
                        TableCopy result = new TableCopier(context, spec, cancellation).copy(table);
                        store.table(id, result);
                        listener.tableFinished(result);
                    } catch (CopyException e) {
                        storeFailures.add(e);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            if (!storeFailures.isEmpty()) {
                throw storeFailures.peek();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DatabaseException d) {
                throw d;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            done.countDown();
            pool.shutdown();
            if (holder != null) {
                try {
                    holder.join(TimeUnit.SECONDS.toMillis(30));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Holds one REPEATABLE READ transaction open, exports its snapshot, and waits until the workers are done. */
    private void holdSnapshot(Endpoint source, CompletableFuture<String> snapshot, CountDownLatch done,
            Cancellation cancellation) {
        try {
            sessions.transfer(source, false, "copy: the snapshot", s -> {
                Connection c = s.connection();
                c.setAutoCommit(false);
                try (Statement st = c.createStatement()) {
                    st.setQueryTimeout(30);
                    st.execute(s.sql("copy.pg.snapshot").text());
                    try (ResultSet rs = st.executeQuery(s.sql("copy.pg.export-snapshot").text())) {
                        rs.next();
                        String id = rs.getString(1);
                        if (!id.matches("[0-9A-Fa-f]+-[0-9A-Fa-f]+(-[0-9]+)?")) {
                            throw new SQLException("unexpected snapshot id " + id);
                        }
                        snapshot.complete(id);
                    }
                }
                try {
                    while (!done.await(1, TimeUnit.SECONDS) && !cancellation.isCancelled()) {
                        // the snapshot lives as long as this transaction
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                c.rollback();
                return null;
            }, cancellation);
        } catch (DatabaseException | RuntimeException e) {
            logger.warn("The copy's snapshot could not be held: {}", e.getMessage());
        } finally {
            snapshot.complete(null); // no-op when already completed; otherwise each worker takes its own snapshot
        }
    }

    private String oracleScn(Endpoint source, Cancellation cancellation) throws DatabaseException {
        return sessions.read(source, s -> s.queryFirst(s.sql("copy.oracle.scn"), rs -> rs.getBigDecimal(1))
                .map(java.math.BigDecimal::toPlainString).orElse(null), cancellation);
    }
}
