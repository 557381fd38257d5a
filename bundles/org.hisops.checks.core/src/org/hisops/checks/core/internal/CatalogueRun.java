package org.hisops.checks.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckContext;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.NotApplicableException;
import org.hisops.checks.api.Row;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Session;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * One run of a catalogue on an endpoint, without OSGi: detect the version, sort the checks into applicable and not,
 * run the applicable ones on at most {@link Endpoint#connectionLimit()} threads (the broker holds the same limit
 * for every caller), each in its own read-only session, and collect one result per check in catalogue order.
 */
final class CatalogueRun {

    private final DatabaseSessions sessions;
    private final SqlResources resources;

    CatalogueRun(DatabaseSessions sessions, SqlResources resources) {
        this.sessions = sessions;
        this.resources = resources;
    }

    RunResult run(CheckCatalogue catalogue, Endpoint endpoint, Set<Stage> stages, RunProgress progress,
            Cancellation cancellation) {
        return run(catalogue, catalogue.checks(), endpoint, stages, Map.of(), progress, cancellation);
    }

    RunResult run(CheckCatalogue catalogue, List<Check> checks, Endpoint endpoint, Set<Stage> stages,
            Map<String, String> settings, RunProgress progress, Cancellation cancellation) {
        Instant started = Instant.now();
        int total = checks.size();
        CheckResult[] results = new CheckResult[total];
        AtomicInteger done = new AtomicInteger();
        safely(() -> progress.started(total));

        DbVersion version = null;
        DatabaseException unreachable = null;
        if (checks.stream().anyMatch(c -> c.covers(endpoint.engine()))) {
            try {
                version = sessions.read(endpoint, Session::serverVersion, cancellation);
            } catch (DatabaseException e) {
                unreachable = e;
            }
        }
        List<Integer> toRun = new ArrayList<>();
        for (int i = 0; i < total; i++) {
            Check check = checks.get(i);
            CheckResult skipped = skip(check, endpoint, version, stages);
            if (skipped == null && unreachable != null) {
                skipped = failed(check, unreachable, Duration.ZERO);
            }
            if (skipped == null && cancellation.isCancelled()) {
                skipped = cancelled(check);
            }
            if (skipped != null) {
                results[i] = skipped;
                report(progress, skipped, done, total);
            } else {
                toRun.add(i);
            }
        }
        if (!toRun.isEmpty()) {
            DbVersion detected = version;
            int threads = Math.max(1, Math.min(endpoint.connectionLimit(), toRun.size()));
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "HisOps check run " + endpoint.id());
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int i : toRun) {
                    futures.add(pool.submit(() -> {
                        Check check = checks.get(i);
                        results[i] = cancellation.isCancelled() ? cancelled(check)
                                : runOne(catalogue, check, endpoint, detected, settings, cancellation);
                        report(progress, results[i], done, total);
                    }));
                }
                for (Future<?> f : futures) {
                    try {
                        f.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        throw new IllegalStateException("a check run thread failed", e.getCause());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        cancellation.cancel();
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < total; i++) {
            if (results[i] == null) { // interrupted before it ran
                results[i] = cancelled(checks.get(i));
            }
        }
        return new RunResult(0, catalogue.id(), endpoint.id(), endpoint.siteId(), endpoint.engine(),
                version == null ? null : version.toString(), started, Instant.now(), cancellation.isCancelled(),
                Arrays.asList(results), null);
    }

    private CheckResult skip(Check check, Endpoint endpoint, DbVersion version, Set<Stage> stages) {
        if (!check.covers(endpoint.engine())) {
            return notApplicable(check, "na.engine", check.engines().stream().map(Enum::name).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse(""), endpoint.engine().name());
        }
        if (!stages.isEmpty() && check.stages().stream().noneMatch(stages::contains)) {
            return notApplicable(check, "na.stage");
        }
        if (version == null) {
            return null; // unreachable: reported as failed by the caller
        }
        if (!check.versions().includes(version)) {
            return notApplicable(check, "na.version", check.versions().toString(), version.toString());
        }
        for (String id : check.sqlIds()) {
            if (resources.find(id, endpoint.engine(), version).isEmpty()) {
                return notApplicable(check, "na.no_sql", endpoint.engine().name(), version.toString());
            }
        }
        return null;
    }

    private CheckResult runOne(CheckCatalogue catalogue, Check check, Endpoint endpoint, DbVersion version,
            Map<String, String> settings, Cancellation cancellation) {
        long start = System.nanoTime();
        try {
            List<Finding> findings = sessions.read(endpoint,
                    session -> check.evaluator().evaluate(new Context(catalogue, session, version, settings, cancellation)),
                    cancellation);
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            if (findings == null || findings.isEmpty()) {
                return new CheckResult(check.id(), CheckStatus.PASS, null, List.of(), null, List.of(), null, null,
                        null, elapsed);
            }
            Severity highest = null;
            for (Finding f : findings) {
                highest = Severity.highest(highest, f.severity());
            }
            return new CheckResult(check.id(), CheckStatus.FINDING, highest, findings, null, List.of(), null, null,
                    null, elapsed);
        } catch (NotApplicableException e) {
            return new CheckResult(check.id(), CheckStatus.NOT_APPLICABLE, null, List.of(), e.reasonKey(),
                    e.arguments(), null, null, null, Duration.ofNanos(System.nanoTime() - start));
        } catch (DatabaseException e) {
            if (e.problem() == DbProblem.CANCELLED || cancellation.isCancelled()) {
                return cancelled(check);
            }
            return failed(check, e, Duration.ofNanos(System.nanoTime() - start));
        } catch (RuntimeException | LinkageError e) {
            // a vendor's evaluator that throws costs its own line, never the run
            return new CheckResult(check.id(), CheckStatus.FAILED, null, List.of(), null, List.of(), null, null,
                    e.getClass().getSimpleName() + ": " + e.getMessage(), Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static CheckResult notApplicable(Check check, String key, String... arguments) {
        return new CheckResult(check.id(), CheckStatus.NOT_APPLICABLE, null, List.of(), key, List.of(arguments), null,
                null, null, Duration.ZERO);
    }

    private static CheckResult failed(Check check, DatabaseException e, Duration elapsed) {
        return new CheckResult(check.id(), CheckStatus.FAILED, null, List.of(), e.problem().titleKey(), List.of(),
                e.problem(), e.serverCode(), e.getMessage(), elapsed);
    }

    private static CheckResult cancelled(Check check) {
        return new CheckResult(check.id(), CheckStatus.CANCELLED, null, List.of(), null, List.of(), null, null, null,
                Duration.ZERO);
    }

    private static void report(RunProgress progress, CheckResult result, AtomicInteger done, int total) {
        int n = done.incrementAndGet();
        safely(() -> progress.checkDone(result, n, total));
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            // a progress listener must not end the run
        }
    }

    /** The evaluator's view of its session. */
    private static final class Context implements CheckContext {

        private final CheckCatalogue catalogue;
        private final Session session;
        private final DbVersion version;
        private final Map<String, String> settings;
        private final Cancellation cancellation;

        Context(CheckCatalogue catalogue, Session session, DbVersion version, Map<String, String> settings,
                Cancellation cancellation) {
            this.catalogue = catalogue;
            this.session = session;
            this.version = version;
            this.settings = settings;
            this.cancellation = cancellation;
        }

        @Override
        public Endpoint endpoint() {
            return session.endpoint();
        }

        @Override
        public DbVersion serverVersion() {
            return session.serverVersion() != null ? session.serverVersion() : version;
        }

        @Override
        public List<Row> query(String sqlId, Object... parameters) throws SQLException {
            Sql sql = session.sql(sqlId);
            return session.query(sql, CatalogueRun::row, parameters);
        }

        @Override
        public String dataFile(String path) {
            Bundle bundle = FrameworkUtil.getBundle(catalogue.getClass());
            URL url = bundle == null ? catalogue.getClass().getClassLoader().getResource(path) : bundle.getEntry(path);
            if (url == null) {
                throw new IllegalStateException("data file " + path + " missing from the catalogue " + catalogue.id());
            }
            try (InputStream in = url.openStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("data file " + path + " of " + catalogue.id() + " unreadable: "
                        + e.getMessage(), e);
            }
        }

        @Override
        public NotApplicableException notApplicable(String reasonKey, Object... arguments) {
            return new NotApplicableException(reasonKey, Arrays.stream(arguments).map(String::valueOf).toList());
        }

        @Override
        public boolean isCancelled() {
            return cancellation.isCancelled();
        }

        @Override
        public java.util.Optional<String> setting(String name) {
            return java.util.Optional.ofNullable(settings.get(name));
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            values.put(meta.getColumnLabel(i).toUpperCase(Locale.ROOT), rs.getObject(i));
        }
        return new Row(values);
    }
}
