package org.hisops.assessment.data.core.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.hisops.assessment.data.api.DataAssessment;
import org.hisops.assessment.data.api.DataAssessmentResult;
import org.hisops.assessment.data.api.DataAssessmentResult.GrowthSource;
import org.hisops.assessment.data.api.DataPumpEstimate;
import org.hisops.assessment.data.api.DataRequest;
import org.hisops.assessment.data.api.ExactCount;
import org.hisops.assessment.data.api.Growth;
import org.hisops.assessment.data.api.LobVolume;
import org.hisops.assessment.data.api.SavedRun;
import org.hisops.assessment.data.api.SchemaVolume;
import org.hisops.assessment.data.api.TableName;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.hisops.report.Report;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link DataAssessment} service. */
@Component(service = DataAssessment.class)
public class DataAssessmentComponent implements DataAssessment {

    private static final System.Logger LOG = System.getLogger(DataAssessmentComponent.class.getName());

    private final DatabaseSessions sessions;
    private volatile EmbeddedStore store;
    private volatile SiteSettings settings;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "hisops-count-timeout");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public DataAssessmentComponent(@Reference DatabaseSessions sessions) {
        this.sessions = sessions;
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(EmbeddedStore s) {
        store = s;
    }

    void unsetStore(EmbeddedStore s) {
        if (store == s) {
            store = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSettings(SiteSettings s) {
        settings = s;
    }

    void unsetSettings(SiteSettings s) {
        if (settings == s) {
            settings = null;
        }
    }

    private DataRuns runs() {
        EmbeddedStore s = store;
        return s == null ? null : new DataRuns(s, FrameworkUtil.getBundle(DataAssessmentComponent.class));
    }

    static Predicate<String> schemas(Engine engine, DataRequest request) {
        if (!request.schemas().isEmpty()) {
            Set<String> wanted = new HashSet<>();
            request.schemas().forEach(s -> wanted.add(s.toUpperCase(Locale.ROOT)));
            return owner -> wanted.contains(owner.toUpperCase(Locale.ROOT));
        }
        return engine == Engine.ORACLE ? owner -> !OracleSchemas.maintained(owner)
                : owner -> !PostgresDataReader.maintained(owner);
    }

    @Override
    public DataAssessmentResult assess(Endpoint endpoint, DataRequest request, Cancellation cancellation)
            throws DatabaseException {
        boolean awr = endpoint.engine() == Engine.ORACLE && SiteFlags.diagnosticsPack(settings, endpoint);
        Predicate<String> schema = schemas(endpoint.engine(), request);
        String[] version = new String[1];
        DataFigures f = sessions.read(endpoint, s -> {
            version[0] = s.serverVersion().toString();
            return endpoint.engine() == Engine.ORACLE ? OracleDataReader.read(s, schema, request.staleDays(), awr)
                    : PostgresDataReader.read(s, schema, request.staleDays());
        }, cancellation);
        List<TableVolume> tables = new ArrayList<>(f.tables);
        tables.sort(Comparator.comparingLong(TableVolume::totalBytes).reversed()
                .thenComparing(t -> t.table().toString()));
        Map<String, long[]> perSchema = new LinkedHashMap<>();
        for (TableVolume t : tables) {
            long[] a = perSchema.computeIfAbsent(t.table().owner(), k -> new long[4]);
            a[0]++;
            a[1] += t.tableBytes();
            a[2] += t.indexBytes();
            a[3] += t.lobBytes();
        }
        List<SchemaVolume> schemas = new ArrayList<>();
        perSchema.forEach((owner, a) -> schemas.add(new SchemaVolume(owner, (int) a[0], a[1], a[2], a[3])));
        schemas.sort(Comparator.comparingLong(SchemaVolume::totalBytes).reversed().thenComparing(SchemaVolume::owner));
        List<LobVolume> lobs = new ArrayList<>(f.lobs);
        lobs.sort(Comparator.comparingLong(LobVolume::totalBytes).reversed().thenComparing(l -> l.table().toString()));
        List<String> notes = new ArrayList<>(f.notes);
        if (endpoint.emulated()) {
            notes.add("emulated");
        }
        if (endpoint.engine() == Engine.ORACLE && !awr) {
            notes.add("awr.not.declared");
        }
        long runId = 0;
        List<Growth> growth = new ArrayList<>();
        GrowthSource source = GrowthSource.NONE;
        DataRuns runs = runs();
        if (awr && f.awrRead && !f.awrGrowth.isEmpty()) {
            source = GrowthSource.AWR;
            growth.addAll(schemaGrowth(f.awrGrowth));
            f.awrGrowth.stream().sorted(Comparator.comparingDouble(Growth::bytesPerDay).reversed())
                    .limit(request.top()).forEach(growth::add);
        }
        if (runs == null) {
            notes.add("store.unavailable");
        } else {
            try {
                var before = runs.oldestBefore(endpoint.id(), f.clock);
                runId = runs.save(endpoint.id(), f.clock, version[0], endpoint.emulated(), tables);
                if (source == GrowthSource.NONE && before.isPresent()) {
                    source = GrowthSource.HISOPS_RUNS;
                    growth.addAll(runGrowth(before.get().getKey(), before.get().getValue(), f.clock, tables,
                            request.top()));
                }
            } catch (SQLException e) {
                LOG.log(System.Logger.Level.WARNING, "data assessment of " + endpoint.id() + " not saved", e);
                notes.add("store.unavailable");
            }
        }
        if (source == GrowthSource.NONE) {
            notes.add("growth.none");
        }
        return new DataAssessmentResult(endpoint.id(), endpoint.engine(), version[0], endpoint.emulated(), f.clock,
                runId, tables, schemas, lobs, f.partitioned, f.statistics, growth, source,
                estimate(endpoint, tables, notes), notes);
    }

    /** Growth per schema: the tables' growth summed over the widest window they cover. */
    private static List<Growth> schemaGrowth(List<Growth> tables) {
        Map<String, Growth> bySchema = new LinkedHashMap<>();
        for (Growth g : tables) {
            bySchema.merge(g.owner(), new Growth(g.owner(), null, g.from(), g.to(), g.fromBytes(), g.toBytes()),
                    (a, b) -> new Growth(a.owner(), null, a.from().isBefore(b.from()) ? a.from() : b.from(),
                            a.to().isAfter(b.to()) ? a.to() : b.to(), a.fromBytes() + b.fromBytes(),
                            a.toBytes() + b.toBytes()));
        }
        return new ArrayList<>(bySchema.values());
    }

    private static List<Growth> runGrowth(SavedRun first, Map<TableName, Long> firstSizes, Instant now,
            List<TableVolume> tables, int top) {
        List<Growth> out = new ArrayList<>();
        Map<String, long[]> schemas = new LinkedHashMap<>();
        List<Growth> perTable = new ArrayList<>();
        for (TableVolume t : tables) {
            long then = firstSizes.getOrDefault(t.table(), 0L);
            long[] a = schemas.computeIfAbsent(t.table().owner(), k -> new long[2]);
            a[0] += then;
            a[1] += t.totalBytes();
            perTable.add(new Growth(t.table().owner(), t.table().table(), first.takenAt(), now, then, t.totalBytes()));
        }
        schemas.forEach((owner, a) -> out.add(new Growth(owner, null, first.takenAt(), now, a[0], a[1])));
        perTable.stream().filter(g -> g.toBytes() != g.fromBytes())
                .sorted(Comparator.comparingDouble(Growth::bytesPerDay).reversed()).limit(top).forEach(out::add);
        return out;
    }

    private DataPumpEstimate estimate(Endpoint endpoint, List<TableVolume> tables, List<String> notes) {
        long bytes = tables.stream().mapToLong(TableVolume::exportBytes).sum();
        SiteSettings s = settings;
        String value = null;
        if (s != null && endpoint.siteId() != null) {
            try {
                value = s.get(endpoint.siteId(), DATAPUMP_THROUGHPUT_SETTING).orElse(null);
            } catch (RuntimeException e) {
                value = null;
            }
        }
        if (value != null) {
            try {
                double gbPerHour = Double.parseDouble(value.trim());
                if (gbPerHour > 0 && Double.isFinite(gbPerHour)) {
                    return new DataPumpEstimate(bytes, gbPerHour, DataPumpEstimate.Source.SITE);
                }
            } catch (NumberFormatException e) {
                // falls through to the assumption, with a note naming the bad setting
            }
            notes.add("datapump.setting.invalid");
        }
        return new DataPumpEstimate(bytes, DEFAULT_DATAPUMP_GB_PER_HOUR, DataPumpEstimate.Source.ASSUMED);
    }

    @Override
    public List<ExactCount> countRows(Endpoint endpoint, List<TableName> tables, int timeoutSeconds,
            CountProgress progress, Cancellation cancellation) throws DatabaseException {
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("timeout must be at least one second");
        }
        // Only names the dictionary lists are sent, quoted as they are stored: nothing typed reaches the SQL text.
        // Names only (no size function): a table locked by someone else must not block the check itself.
        Set<TableName> known = new HashSet<>(sessions.read(endpoint, s -> s.query(s.sql(endpoint.engine() == Engine.ORACLE
                ? "assessment.data.ora.table.names" : "assessment.data.pg.table.names"),
                r -> new TableName(r.getString(1), r.getString(2))), cancellation));
        List<ExactCount> out = new ArrayList<>();
        for (TableName t : tables) {
            ExactCount count;
            if (!known.contains(t)) {
                count = new ExactCount(t, ExactCount.Outcome.UNKNOWN_TABLE, -1, 0, "");
            } else if (cancellation.isCancelled()) {
                count = new ExactCount(t, ExactCount.Outcome.CANCELLED, -1, 0, "");
            } else {
                count = countOne(endpoint, t, timeoutSeconds, cancellation);
            }
            out.add(count);
            if (progress != null) {
                progress.counted(count, out.size(), tables.size());
            }
        }
        return out;
    }

    private ExactCount countOne(Endpoint endpoint, TableName t, int timeoutSeconds, Cancellation outer) {
        Cancellation own = Cancellation.none();
        boolean[] timedOut = new boolean[1];
        long start = System.nanoTime();
        try (AutoCloseable link = outer.onCancel(own::cancel)) {
            ScheduledFuture<?> alarm = timer.schedule(() -> {
                timedOut[0] = true;
                own.cancel();
            }, timeoutSeconds, TimeUnit.SECONDS);
            try {
                Sql sql = Sql.generated("assessment.data.count", endpoint.engine(),
                        "SELECT COUNT(*) FROM " + quote(t.owner()) + "." + quote(t.table()));
                long rows = sessions.read(endpoint, s -> s.queryFirst(sql, r -> r.getLong(1)).orElse(0L), own);
                return new ExactCount(t, ExactCount.Outcome.COUNTED, rows, millis(start), "");
            } finally {
                alarm.cancel(false);
            }
        } catch (DatabaseException e) {
            ExactCount.Outcome outcome = timedOut[0] ? ExactCount.Outcome.TIMED_OUT
                    : outer.isCancelled() ? ExactCount.Outcome.CANCELLED : ExactCount.Outcome.FAILED;
            return new ExactCount(t, outcome, -1, millis(start),
                    outcome == ExactCount.Outcome.FAILED ? String.valueOf(e.getMessage()) : "");
        } catch (Exception e) {
            return new ExactCount(t, ExactCount.Outcome.FAILED, -1, millis(start), String.valueOf(e.getMessage()));
        }
    }

    private static long millis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** A quoted identifier as Oracle and PostgreSQL both read it (double quotes doubled inside). */
    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    @Override
    public List<SavedRun> history(String endpointId) {
        DataRuns runs = runs();
        if (runs == null) {
            return List.of();
        }
        try {
            return runs.history(endpointId);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "data assessment history of " + endpointId + " unreadable", e);
            return List.of();
        }
    }

    @Override
    public void appendTo(Report.Builder report, DataAssessmentResult result, Locale locale) {
        new DataReportSection(locale).append(report, result);
    }
}
