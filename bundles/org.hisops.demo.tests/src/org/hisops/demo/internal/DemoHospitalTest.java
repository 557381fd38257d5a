package org.hisops.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.eclipse.core.runtime.jobs.Job;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.demo.api.DemoProblem;
import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoState;
import org.hisops.demo.api.DemoStatus;
import org.hisops.platform.api.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The demo site against real servers, in the order a user meets it: the first launch builds, the next launch
 * reuses, "rebuild" starts from scratch with the very same rows, a damaged folder is rebuilt, a cancelled build
 * leaves nothing running. Builds take tens of seconds on 2 cores; the tests assert outcomes, not times.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoHospitalTest {

    private static final Duration BUILD = Duration.ofMinutes(4);

    /**
     * The checksums of the rows as the generation SQL makes them, taken on the machine where the files were
     * written: equal on every machine, because nothing in the SQL depends on chance, the clock or the platform.
     * They change only when a data file does, and then on purpose: update them with that change.
     */
    private static final Map<String, String> ROWS_AS_WRITTEN = Map.ofEntries(
            Map.entry("department", "277d59236278190fef2874b8f182020f"),
            Map.entry("doctor", "289060e3cfb052ee2652673076f18ab2"),
            Map.entry("diagnosis_dict", "7505c39bd20a28225c7c101598cab913"),
            Map.entry("drug_dict", "9845432f19de445757b4187c4327903b"),
            Map.entry("exam_dict", "34a21cf673f432346fd99e654ee89a64"),
            Map.entry("lis_test_item", "7fa317d2b7fb503efb76e2f0ce5e9627"),
            Map.entry("patient", "9291542ce28699faec7fc60c5c4aa7a7"),
            Map.entry("visit", "76747ad9c66196a7e8ce15dc7432590d"),
            Map.entry("orders", "a7060f217022bbad69526f93cbc13430"),
            Map.entry("prescription", "9d7ac5ab7183614a3bced114e891f161"),
            Map.entry("lis_sample", "846cb8c81e2bd4781e7e1bd542dc0d5c"),
            Map.entry("lis_test_result", "4104f8ecab1b8874ce923080e13b5781"));

    @TempDir
    static Path temp;

    private EndpointDirectory directory;
    private CredentialStore credentials;
    private DatabaseSessions sessions;
    private final RecordingLogger log = new RecordingLogger();
    private final List<DemoHospital> started = new ArrayList<>();
    private Map<String, String> firstBuildChecksums;
    private DemoStatus firstBuild;

    @BeforeAll
    void services() {
        BundleContext context = FrameworkUtil.getBundle(DemoHospitalTest.class).getBundleContext();
        directory = context.getService(context.getServiceReference(EndpointDirectory.class));
        credentials = context.getService(context.getServiceReference(CredentialStore.class));
        sessions = context.getService(context.getServiceReference(DatabaseSessions.class));
    }

    @AfterAll
    void stopEverything() {
        started.forEach(h -> h.stop(Duration.ofSeconds(60)));
    }

    private DemoHospital hospital(Path folder) {
        DemoHospital hospital = new DemoHospital(folder, directory, credentials, log.logger(), true, null,
                Locale.SIMPLIFIED_CHINESE);
        started.add(hospital);
        return hospital;
    }

    /** Starts (or rebuilds) and returns the final status and every state passed on the way. */
    private Run run(DemoHospital hospital, boolean rebuild) throws Exception {
        List<DemoState> states = new CopyOnWriteArrayList<>();
        hospital.addListener(s -> {
            if (states.isEmpty() || states.get(states.size() - 1) != s.state()) {
                states.add(s.state()); // transitions only: a state may be re-announced with new ports
            }
        });
        long t0 = System.nanoTime();
        DemoStatus end = (rebuild ? hospital.rebuild() : hospital.start()).toCompletableFuture()
                .get(BUILD.toSeconds(), TimeUnit.SECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("[demo] %s in %.1f s, states %s, ended %s %s%n", rebuild ? "rebuild" : "start",
                millis / 1000.0, states, end.state(), end.problem() == null ? "" : end.problem());
        return new Run(end, List.copyOf(states), millis);
    }

    private record Run(DemoStatus end, List<DemoState> states, long millis) {
    }

    @Test
    @Order(1)
    void theFirstLaunchBuildsAStreamingPairWithTheSampleHospital() throws Exception {
        DemoHospital hospital = hospital(temp.resolve("demo"));
        Run run = run(hospital, false);
        assertEquals(DemoState.RUNNING, run.end().state(), String.valueOf(run.end().detail()));
        assertNull(run.end().problem());
        assertTrue(run.states().contains(DemoState.BUILDING) && !run.states().contains(DemoState.STARTING),
                run.states().toString());
        firstBuild = run.end();
        long buildMillis = hospital.folder().remembered().orElseThrow().buildMillis();
        System.out.printf("[demo] FIRST BUILD: %.1f s (job), %.1f s (start() to RUNNING)%n", buildMillis / 1000.0,
                run.millis() / 1000.0);

        ReplicationPair pair = hospital.pair();
        assertEquals("streaming", pair.primary().queryValue(
                "SELECT state FROM pg_stat_replication WHERE application_name = '" + ReplicationPair.STANDBY_NAME + "'"));
        assertEquals("async", pair.primary().queryValue("SELECT sync_state FROM pg_stat_replication"));
        assertEquals(SampleHospital.ROWS, rowCounts(pair.primary()));
        assertEquals(SampleHospital.ROWS, rowCounts(pair.standby()), "the build waits until the standby caught up");
        firstBuildChecksums = checksums(pair.primary());
        assertEquals(ROWS_AS_WRITTEN, firstBuildChecksums, "the same rows as on the machine the SQL was written on");
        assertEquals(firstBuildChecksums, checksums(pair.standby()));
        assertEquals("t", pair.primary().queryValue(DemoSite.DATABASE,
                "SELECT pg_has_role('hisops', 'pg_monitor', 'MEMBER')"));
        assertEquals("hisops", pair.primary().queryValue("SELECT pg_get_userbyid(datdba) FROM pg_database "
                + "WHERE datname = 'his'"));
        assertEquals("患者基本信息（病案首页主索引）", pair.primary().queryValue(DemoSite.DATABASE,
                "SELECT obj_description('patient'::regclass, 'pg_class')"));
        assertEquals("0", pair.primary().queryValue(DemoSite.DATABASE,
                "SELECT count(*) FROM pg_namespace WHERE nspname = 'demo_gen'"), "the generator is dropped");
        // Seed 001's statement runs as written, and finds its patient.
        assertEquals("t", pair.primary().queryValue(DemoSite.DATABASE, "SELECT count(*) > 0 FROM lis_sample s "
                + "JOIN lis_test_result t ON s.sample_no = t.sample_no WHERE s.patient_id = 'P20250001'"));

        Endpoint primary = directory.find(DemoSite.PRIMARY_ENDPOINT).orElseThrow();
        Endpoint standby = directory.find(DemoSite.STANDBY_ENDPOINT).orElseThrow();
        assertEquals(Site.DEMO_ID, primary.siteId());
        assertEquals("HIS 主库（PostgreSQL）", primary.name());
        assertEquals(pair.primary().port(), primary.port());
        assertEquals(pair.standby().port(), standby.port());
        assertEquals(RoleHint.STANDBY, standby.roleHint());
        assertEquals(List.of("hetero-10g", "his-11g-primary", "his-11g-standby"),
                directory.endpoints(Site.DEMO_ID).stream().filter(Endpoint::emulated).map(Endpoint::emulation).toList());
        Endpoint oracleStandby = directory.find(DemoSite.ORACLE_11G_STANDBY_ENDPOINT).orElseThrow();
        assertEquals(Engine.ORACLE, oracleStandby.engine());
        assertEquals("sys", oracleStandby.user());
        for (Endpoint endpoint : directory.endpoints(Site.DEMO_ID)) {
            assertTrue(credentials.has(endpoint.id()), endpoint.id() + " has a stored password");
        }

        ProbeResult onPrimary = sessions.probe(primary, Cancellation.none());
        ProbeResult onStandby = sessions.probe(standby, Cancellation.none());
        assertEquals("PRIMARY", onPrimary.databaseRole());
        assertEquals("STANDBY", onStandby.databaseRole());
        assertEquals("his", onStandby.databaseName());

        assertNoPasswordWritten(hospital);
    }

    @Test
    @Order(2)
    void theNextLaunchStartsTheKeptServersWithTheirData() throws Exception {
        DemoHospital first = started.get(0);
        try (Connection c = first.pair().primary().connect(DemoSite.DATABASE, DemoSite.USER, DemoEndpoints.PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept_between_runs (note text); INSERT INTO kept_between_runs VALUES ('marker')");
        }
        first.stop(Duration.ofSeconds(60));
        assertEquals(DemoState.STOPPED, first.status().state());
        assertFalse(accepts(firstBuild.primaryPort()) || accepts(firstBuild.standbyPort()), "both servers stopped");
        var builtAt = first.folder().remembered().orElseThrow().builtAt();

        DemoHospital second = hospital(temp.resolve("demo"));
        Run run = run(second, false);
        assertEquals(DemoState.RUNNING, run.end().state(), String.valueOf(run.end().detail()));
        assertEquals(List.of(DemoState.STARTING, DemoState.RUNNING), run.states(), "started, not rebuilt");
        assertEquals(builtAt, second.folder().remembered().orElseThrow().builtAt());
        assertEquals(firstBuild.primaryPort(), run.end().primaryPort(), "the same ports as in the last run");
        assertEquals(firstBuild.standbyPort(), run.end().standbyPort());
        assertEquals("marker", second.pair().primary().queryValue(DemoSite.DATABASE, "SELECT note FROM kept_between_runs"));
        awaitTrue("the marker on the standby", () -> "marker".equals(
                second.pair().standby().queryValue(DemoSite.DATABASE, "SELECT max(note) FROM kept_between_runs")));
        assertEquals("PRIMARY", sessions.probe(directory.find(DemoSite.PRIMARY_ENDPOINT).orElseThrow(),
                Cancellation.none()).databaseRole());
        assertEquals("STANDBY", sessions.probe(directory.find(DemoSite.STANDBY_ENDPOINT).orElseThrow(),
                Cancellation.none()).databaseRole());
        System.out.printf("[demo] SECOND START (kept servers): %.1f s%n", run.millis() / 1000.0);
    }

    @Test
    @Order(3)
    void aLaunchAfterAKilledProductStopsTheServersLeftRunningAndReusesThem() throws Exception {
        DemoHospital running = started.get(started.size() - 1);
        int[] pids = { pid(running.pair().primary()), pid(running.pair().standby()) };
        // As after kill -9 of the product: its servers still run, nobody stopped them.
        DemoHospital afterCrash = hospital(temp.resolve("demo"));
        Run run = run(afterCrash, false);
        assertEquals(DemoState.RUNNING, run.end().state(), String.valueOf(run.end().detail()));
        assertEquals(List.of(DemoState.STARTING, DemoState.RUNNING), run.states(), "reused, not rebuilt");
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("left running")), "the log says so");
        for (int pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "old postmaster " + pid);
        }
        assertEquals("marker", afterCrash.pair().primary().queryValue(DemoSite.DATABASE,
                "SELECT note FROM kept_between_runs"));
    }

    @Test
    @Order(4)
    void rebuildStartsFromScratchAndMakesTheSameRows() throws Exception {
        DemoHospital hospital = started.get(started.size() - 1);
        Run run = run(hospital, true);
        assertEquals(DemoState.RUNNING, run.end().state(), String.valueOf(run.end().detail()));
        assertTrue(run.states().contains(DemoState.BUILDING), run.states().toString());
        ReplicationPair pair = hospital.pair();
        assertEquals("0", pair.primary().queryValue(DemoSite.DATABASE,
                "SELECT count(*) FROM pg_class WHERE relname = 'kept_between_runs'"), "nothing of the old cluster");
        assertEquals(SampleHospital.ROWS, rowCounts(pair.primary()));
        assertEquals(firstBuildChecksums, checksums(pair.primary()), "a second build makes the very same rows");
        assertEquals(firstBuild.primaryPort(), run.end().primaryPort(), "a rebuild keeps the ports");
        assertEquals(firstBuild.standbyPort(), run.end().standbyPort());
        assertEquals("STANDBY", sessions.probe(directory.find(DemoSite.STANDBY_ENDPOINT).orElseThrow(),
                Cancellation.none()).databaseRole(), "the rebuilt standby's endpoint works with the stored password");
        assertNoPasswordWritten(hospital);
    }

    @Test
    @Order(5)
    void aDamagedFolderIsSaidToBeDamagedAndBuiltAgain() throws Exception {
        DemoHospital hospital = started.get(started.size() - 1);
        hospital.stop(Duration.ofSeconds(60));
        // As a crash mid-copy or a disk error would leave it: the standby cannot start any more.
        Files.delete(hospital.folder().pair().resolve("standby/global/pg_control"));

        DemoHospital next = hospital(temp.resolve("demo"));
        Run run = run(next, false);
        assertEquals(DemoState.RUNNING, run.end().state(), String.valueOf(run.end().detail()));
        assertEquals(List.of(DemoState.STARTING, DemoState.BUILDING, DemoState.RUNNING), run.states());
        assertEquals(DemoProblem.DAMAGED_REBUILT, run.end().problem());
        assertNotNull(run.end().detail());
        assertTrue(log.lines().stream().anyMatch(l -> l.startsWith("WARN") && l.contains("cannot be used")),
                "the log says why it rebuilds");
        assertEquals(SampleHospital.ROWS, rowCounts(next.pair().standby()));
        next.stop(Duration.ofSeconds(60));
    }

    @Test
    @Order(6)
    void aCancelledBuildLeavesNoServerRunningAndTheNextStartBuilds() throws Exception {
        Path folder = temp.resolve("cancelled");
        DemoHospital hospital = hospital(folder);
        var future = hospital.start().toCompletableFuture();
        // Cancel while the data is being generated, the longest part.
        awaitTrue("the build generating data", () -> {
            ReplicationPair pair = hospital.pair();
            return pair != null && "t".equals(queryQuietly(pair.primary(),
                    "SELECT count(*) > 0 FROM pg_stat_activity WHERE datname = 'his' AND query LIKE '%INSERT INTO%'"));
        });
        int primaryPort = hospital.status().primaryPort();
        int standbyPort = hospital.status().standbyPort();
        Job.getJobManager().cancel(DemoSite.class); // as the progress view's stop button does
        DemoStatus end = future.get(2, TimeUnit.MINUTES);

        assertEquals(DemoState.STOPPED, end.state());
        assertEquals(DemoProblem.CANCELLED, end.problem());
        assertNull(hospital.pair());
        assertFalse(accepts(primaryPort) || accepts(standbyPort), "no server listens any more");
        assertTrue(postgresProcessesIn(folder).isEmpty(), "no PostgreSQL process of the folder is left");
        assertTrue(hospital.folder().isEmpty(), "the half-built folder is gone");

        Run again = run(hospital(folder), false);
        assertEquals(DemoState.RUNNING, again.end().state(), String.valueOf(again.end().detail()));
        assertEquals(List.of(DemoState.BUILDING, DemoState.RUNNING), again.states(), "built from scratch");
    }

    // --- helpers ---

    private static Map<String, Long> rowCounts(PostgresServer server) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = server.connect(DemoSite.DATABASE); Statement s = c.createStatement()) {
            for (String table : SampleHospital.ROWS.keySet()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return Map.copyOf(counts);
    }

    /** An MD5 over every row of every table, in key order, in a fixed time zone and date style. */
    private static Map<String, String> checksums(PostgresServer server) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Connection c = server.connect(DemoSite.DATABASE); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'");
            for (String table : SampleHospital.ROWS.keySet()) {
                String key = switch (table) {
                    case "department" -> "dept_code";
                    case "doctor" -> "doctor_id";
                    case "diagnosis_dict" -> "icd_code";
                    case "drug_dict" -> "drug_code";
                    case "exam_dict" -> "exam_code";
                    case "lis_test_item" -> "item_code";
                    case "patient" -> "patient_id";
                    case "visit" -> "visit_id";
                    case "orders" -> "order_id";
                    case "prescription" -> "presc_id";
                    case "lis_sample" -> "sample_no";
                    case "lis_test_result" -> "result_id";
                    default -> throw new IllegalArgumentException(table);
                };
                try (ResultSet rs = s.executeQuery("SELECT md5(string_agg(md5(t::text), '' ORDER BY t." + key
                        + ")) FROM " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
        }
        return Map.copyOf(sums);
    }

    /** Neither the demo's passwords nor the superuser's are in any log line, the status or demo.properties. */
    private void assertNoPasswordWritten(DemoHospital hospital) throws IOException {
        String superuser = new String(credentials.password(DemoEndpoints.SUPERUSER_CREDENTIAL).orElseThrow());
        String properties = Files.readString(hospital.folder().path().resolve(DemoFolder.PROPERTIES));
        for (String secret : List.of(superuser, DemoEndpoints.PASSWORD)) {
            assertFalse(properties.contains(secret), "demo.properties holds a password");
            assertFalse(String.valueOf(hospital.status().detail()).contains(secret), "the status holds a password");
            for (String line : log.lines()) {
                assertFalse(line.contains(secret), "logged a password: " + line);
            }
        }
    }

    /** The postmaster's pid, from its lock file. */
    private static int pid(PostgresServer server) throws IOException {
        return Integer.parseInt(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0).trim());
    }

    private static String queryQuietly(PostgresServer server, String sql) {
        try {
            return server.queryValue(sql);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(PostgresServer.LOOPBACK, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Processes whose command line names the folder (postgres -D <folder>/pair/...). */
    private static List<Long> postgresProcessesIn(Path folder) {
        String needle = folder.toAbsolutePath().toString();
        try (Stream<ProcessHandle> all = ProcessHandle.allProcesses()) {
            return all.filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains(needle)).orElse(false))
                    .map(ProcessHandle::pid).toList();
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not within 2 min: " + what);
            }
            Thread.sleep(100);
        }
    }
}
