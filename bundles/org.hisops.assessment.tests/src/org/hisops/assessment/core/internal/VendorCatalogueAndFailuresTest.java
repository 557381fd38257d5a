package org.hisops.assessment.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckEvaluator;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.ServiceRegistration;

/**
 * A vendor's catalogue registered as a service is run like HisOps' own; a database killed in the middle of a run
 * gives FAILED lines with the classified problem and keeps what ran before; the Oracle readiness catalogue on a
 * real PostgreSQL says NOT_APPLICABLE for every check, cleanly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VendorCatalogueAndFailuresTest {

    @TempDir
    Path temp;

    private CheckRunner runner;
    private CredentialStore credentials;
    private PostgresServer server;

    @BeforeAll
    void services() throws InterruptedException {
        runner = Services.get(CheckRunner.class);
        credentials = Services.get(CredentialStore.class);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** A vendor's catalogue: texts come from its own bundle, here the test fragment's host. */
    private static final class VendorCatalogue implements CheckCatalogue {
        private final String id;
        private final List<Check> checks;

        VendorCatalogue(String id, List<Check> checks) {
            this.id = id;
            this.checks = checks;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public List<Check> checks() {
            return checks;
        }
    }

    private static Check check(String id, Engine engine, String sqlId, CheckEvaluator evaluator) {
        return new Check(id, "vendor", Set.of(engine), DbVersionRange.parse("[0,)"), Severity.WARNING,
                Set.of(Stage.MONTHLY), List.of(sqlId), evaluator, null, "training:vendor#" + id, "test");
    }

    private <T> T withCatalogue(CheckCatalogue catalogue, java.util.concurrent.Callable<T> work) throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CheckCatalogue.ID_PROPERTY, catalogue.id());
        ServiceRegistration<CheckCatalogue> registration = Services.context().registerService(CheckCatalogue.class,
                catalogue, properties);
        try {
            for (int i = 0; i < 100 && runner.catalogue(catalogue.id()).isEmpty(); i++) {
                Thread.sleep(20);
            }
            return work.call();
        } finally {
            registration.unregister();
        }
    }

    @Test
    void aVendorCatalogueRunsOnTheEmulatedOracle() throws Exception {
        credentials.store("vendor-ora", "hisops-demo".toCharArray());
        Endpoint endpoint = new Endpoint("vendor-ora", "vendor-site", "vendor-ora", "HIS", Engine.ORACLE, "his-db1",
                1521, AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10,
                "upgrade-10g-problems");
        // the vendor reuses an installed statement and judges the rows its own way
        CheckCatalogue vendor = new VendorCatalogue("com.example.his.monthly", List.of(
                check("com.example.gbk", Engine.ORACLE, "assessment.ora.nls", c -> c.query("assessment.ora.nls")
                        .stream().filter(r -> "NLS_CHARACTERSET".equals(r.text("PARAMETER")))
                        .map(r -> Finding.of(Severity.WARNING, "vendor.gbk", "charset", r.text("VALUE"))).toList()),
                check("com.example.throws", Engine.ORACLE, "assessment.ora.nls", c -> {
                    throw new IllegalStateException("vendor bug");
                }),
                check("com.example.pg.only", Engine.POSTGRESQL, "db.probe.ping", c -> List.of())));
        RunResult run = withCatalogue(vendor, () -> runner.run("com.example.his.monthly", endpoint, Set.of(), null,
                Cancellation.none()));
        assertEquals(CheckStatus.FINDING, run.result("com.example.gbk").orElseThrow().status());
        assertEquals(List.of("ZHS16GBK"), run.result("com.example.gbk").orElseThrow().findings().get(0).arguments());
        CheckResult bug = run.result("com.example.throws").orElseThrow();
        assertEquals(CheckStatus.FAILED, bug.status());
        assertTrue(bug.detail().contains("vendor bug"), bug.detail());
        assertEquals("na.engine", run.result("com.example.pg.only").orElseThrow().reasonKey());
        assertTrue(runner.catalogue("com.example.his.monthly").isEmpty(), "the catalogue left with its service");
    }

    private Endpoint postgres(String id, int connections) throws Exception {
        if (server == null) {
            server = PostgresServer.builder(temp.resolve("pg"), "assessment").build().start();
        }
        credentials.store(id, server.superuserPassword().toCharArray());
        return Endpoint.of(id, "pg-site", id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(),
                AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withLimits(connections, 5, 10);
    }

    @Test
    void theOracleCatalogueIsNotApplicableOnPostgres() throws Exception {
        RunResult run = runner.run(OracleUpgradeCatalogue.ID, postgres("pg-readiness", 2), Set.of(), null,
                Cancellation.none());
        assertEquals(run.results().size(), run.count(CheckStatus.NOT_APPLICABLE), run.toString());
        for (CheckResult r : run.results()) {
            assertEquals("na.engine", r.reasonKey());
            assertEquals(List.of("ORACLE", "POSTGRESQL"), r.reasonArguments());
        }
        assertTrue(run.highest().isEmpty());
        assertTrue(run.runId() > 0, "saved: " + run.saveProblem());
    }

    @Test
    void aDatabaseKilledMidRunGivesFailedLinesAndKeepsTheOthers() throws Exception {
        Endpoint endpoint = postgres("pg-killed", 1); // one session: the checks run in catalogue order
        PostgresServer pg = server;
        CheckCatalogue vendor = new VendorCatalogue("com.example.pg.killed", List.of(
                check("a.before", Engine.POSTGRESQL, "db.probe.ping", c -> {
                    c.query("db.probe.ping");
                    return List.of(Finding.of(Severity.INFO, "vendor.seen", "ping"));
                }),
                check("b.kills", Engine.POSTGRESQL, "db.probe.ping", c -> {
                    c.query("db.probe.ping");
                    pg.kill();
                    return List.of();
                }),
                check("c.after", Engine.POSTGRESQL, "db.probe.ping", c -> {
                    c.query("db.probe.ping");
                    return List.of();
                }),
                check("d.after", Engine.POSTGRESQL, "db.probe.ping", c -> {
                    c.query("db.probe.ping");
                    return List.of();
                })));
        RunResult run;
        try {
            run = withCatalogue(vendor, () -> runner.run("com.example.pg.killed", endpoint, Set.of(), null,
                    Cancellation.none()));
        } finally {
            server.close();
            server = null;
        }
        assertEquals(4, run.results().size());
        assertEquals(CheckStatus.FINDING, run.result("a.before").orElseThrow().status(), run.toString());
        for (String id : List.of("c.after", "d.after")) {
            CheckResult r = run.result(id).orElseThrow();
            assertEquals(CheckStatus.FAILED, r.status(), r.toString());
            assertNotNull(r.problem(), r.toString());
            assertEquals(r.problem().titleKey(), r.reasonKey());
        }
        assertTrue(run.runId() > 0);
        RunResult loaded = runner.load(run.runId()).orElseThrow();
        assertEquals(run.result("c.after").orElseThrow().problem(), loaded.result("c.after").orElseThrow().problem());
    }
}
