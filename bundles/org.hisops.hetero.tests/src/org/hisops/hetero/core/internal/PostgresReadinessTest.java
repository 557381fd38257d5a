package org.hisops.hetero.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readiness catalogue on a real PostgreSQL 17: a clean database passes (the inventory is information), and a
 * database with every problem seeded gets each one found by its check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReadinessTest {

    @TempDir
    static Path temp;

    private CheckRunner runner;
    private CredentialStore credentials;
    private PostgresServer server;

    @BeforeAll
    void start() throws Exception {
        runner = Services.get(CheckRunner.class);
        credentials = Services.get(CredentialStore.class);
        for (int i = 0; i < 200 && runner.catalogue(PostgresReadinessCatalogue.ID).isEmpty(); i++) {
            Thread.sleep(50);
        }
        server = PostgresServer.builder(temp.resolve("pg"), "readiness").setting("max_prepared_transactions", "4")
                .build().start();
        server.createDatabase("clean");
        server.createDatabase("seeded");
        try (Connection c = server.connect("seeded"); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA his");
            s.execute("CREATE TABLE his.fn_map (id int, handler regproc, ops regoperator[])");
            s.execute("CREATE TABLE his.visit (id int, ward int) WITH (autovacuum_enabled = false)");
            s.execute("INSERT INTO his.visit SELECT g, g % 40 FROM generate_series(1, 50000) g");
            s.execute("INSERT INTO his.visit VALUES (1, 1)"); // a duplicate for the unique index below
            s.execute("DELETE FROM his.visit WHERE id > 20000");
            s.execute("SELECT pg_stat_force_next_flush()");
            s.execute("CREATE SEQUENCE his.seq_card MAXVALUE 1000");
            s.execute("SELECT setval('his.seq_card', 990)");
            s.execute("CREATE SEQUENCE his.seq_bed MAXVALUE 1000");
            s.execute("SELECT setval('his.seq_bed', 850)");
            s.execute("CREATE EXTENSION hstore VERSION '1.4'");
            try {
                s.execute("CREATE UNIQUE INDEX CONCURRENTLY visit_id_uq ON his.visit (id)");
            } catch (java.sql.SQLException expected) {
                // the duplicate makes it fail and leaves the index invalid: the seeded problem
            }
            s.execute("BEGIN");
            s.execute("INSERT INTO his.visit VALUES (-1, 0)");
            s.execute("PREPARE TRANSACTION 'his-charge-42'");
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            try {
                server.execute("seeded", "ROLLBACK PREPARED 'his-charge-42'");
            } finally {
                server.close();
            }
        }
    }

    private RunResult run(String database) throws java.io.IOException {
        String id = "pg-" + database;
        credentials.store(id, server.superuserPassword().toCharArray());
        Endpoint endpoint = Endpoint.of(id, "pg-site", id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, database, PostgresServer.SUPERUSER).withLimits(2, 5, 30);
        return runner.run(PostgresReadinessCatalogue.ID, endpoint, Set.of(), null, Cancellation.none());
    }

    private static Map<String, String> statuses(RunResult run) {
        Map<String, String> m = new TreeMap<>();
        for (CheckResult r : run.results()) {
            m.put(r.checkId(), r.status() + (r.reasonKey() == null ? "" : " " + r.reasonKey()));
        }
        return m;
    }

    @Test
    void aCleanDatabasePasses() throws Exception {
        RunResult run = run("clean");
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("pg.rdy.inventory", "PASS"), Map.entry("pg.rdy.reg.types", "PASS"),
                Map.entry("pg.rdy.unknown.type", "NOT_APPLICABLE na.version"),
                Map.entry("pg.rdy.removed.types", "NOT_APPLICABLE na.version"),
                Map.entry("pg.rdy.with.oids", "NOT_APPLICABLE na.version"),
                Map.entry("pg.rdy.postfix.operators", "NOT_APPLICABLE na.version"),
                Map.entry("pg.rdy.extensions", "PASS"), Map.entry("pg.rdy.invalid.indexes", "PASS"),
                Map.entry("pg.rdy.prepared.xacts", "FINDING"), Map.entry("pg.rdy.sequences", "PASS"),
                Map.entry("pg.rdy.bloat", "PASS")));
        // pg_prepared_xacts is cluster-wide: the seeded database's transaction shows from the clean one too
        assertEquals(expected, statuses(run), run.toString());
        // an empty database has nothing to count
        assertEquals(List.of(), run.result("pg.rdy.inventory").orElseThrow().findings());
    }

    @Test
    void everySeededProblemIsFound() throws Exception {
        RunResult run = run("seeded");
        assertEquals(Severity.ERROR, run.highest().orElseThrow());
        assertEquals(List.of("his.fn_map.handler regproc", "his.fn_map.ops _regoperator"),
                findings(run, "pg.rdy.reg.types"));
        assertEquals(List.of("his.visit_id_uq visit"), findings(run, "pg.rdy.invalid.indexes"));
        Finding index = run.result("pg.rdy.invalid.indexes").orElseThrow().findings().get(0);
        assertEquals(List.of("REINDEX INDEX CONCURRENTLY \"his\".\"visit_id_uq\""), index.fixupStatements());
        Finding xact = run.result("pg.rdy.prepared.xacts").orElseThrow().findings().get(0);
        assertEquals("his-charge-42", xact.subject());
        assertEquals(Severity.ERROR, xact.severity());
        List<Finding> sequences = run.result("pg.rdy.sequences").orElseThrow().findings();
        assertEquals(List.of("his.seq_card ERROR", "his.seq_bed WARNING"),
                sequences.stream().map(f -> f.subject() + " " + f.severity()).toList());
        Finding hstore = run.result("pg.rdy.extensions").orElseThrow().findings().get(0);
        assertEquals("finding.extension.update", hstore.messageKey());
        assertEquals("hstore", hstore.arguments().get(0));
        assertEquals("1.4", hstore.arguments().get(1));
        assertEquals(List.of("ALTER EXTENSION \"hstore\" UPDATE"), hstore.fixupStatements());
        Finding bloat = run.result("pg.rdy.bloat").orElseThrow().findings().get(0);
        assertEquals("his.visit", bloat.subject());
        assertEquals("30000", bloat.arguments().get(1)); // dead rows: ids 20,001 to 50,000 deleted
        assertTrue(run.result("pg.rdy.inventory").orElseThrow().findings().stream()
                .anyMatch(f -> f.subject().equals("his") && f.arguments().get(1).equals("2")), run.toString());
    }

    private static List<String> findings(RunResult run, String checkId) {
        return run.result(checkId).orElseThrow().findings().stream()
                .map(f -> f.subject() + " " + String.join(" ", f.arguments().subList(1, f.arguments().size())))
                .toList();
    }
}
