package org.hisops.hetero.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.RunResult;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7's figure: assessing a PostgreSQL database of 10,000 tables and 50,000 objects (tables, their primary-key
 * and secondary indexes, views, sequences, functions; 10 schemas) with the {@code postgresql.readiness} catalogue
 * finishes in under 20 s within the endpoint's connection limit of 2. The servers' own count of HisOps sessions is
 * sampled every 20 ms during the runs. Prints and writes {@code target/bench/assessment.md}; the only assertions
 * are the safety rule (the limit) and that every check ran, never the time.
 */
@Tag("bench")
class AssessmentBench {

    private static final int SCHEMAS = 10;
    private static final int TABLES_PER_SCHEMA = 1_000;
    private static final int RUNS = 3;

    @TempDir
    Path temp;

    @Test
    void tenThousandTablesAndFiftyThousandObjects() throws Exception {
        CheckRunner runner = Services.get(CheckRunner.class);
        CredentialStore credentials = Services.get(CredentialStore.class);
        for (int i = 0; i < 200 && runner.catalogue(PostgresReadinessCatalogue.ID).isEmpty(); i++) {
            Thread.sleep(50);
        }
        try (PostgresServer server = PostgresServer.builder(temp.resolve("pg"), "assess-bench")
                .setting("max_locks_per_transaction", "256").build().start()) {
            server.createDatabase("bench");
            long t0 = System.nanoTime();
            long objects = seed(server);
            double seedSeconds = (System.nanoTime() - t0) / 1e9;

            credentials.store("bench-assess", server.superuserPassword().toCharArray());
            Endpoint endpoint = Endpoint.of("bench-assess", "bench", "bench", "HIS", Engine.POSTGRESQL,
                    PostgresServer.LOOPBACK, server.port(), AddressKind.DATABASE, "bench", PostgresServer.SUPERUSER)
                    .withLimits(2, 10, 120);
            List<Double> seconds = new ArrayList<>();
            AtomicInteger most = new AtomicInteger();
            RunResult last = null;
            for (int run = 0; run < RUNS; run++) {
                AtomicBoolean running = new AtomicBoolean(true);
                Thread sampler = sampler(server, running, most);
                long start = System.nanoTime();
                last = runner.run(PostgresReadinessCatalogue.ID, endpoint, Set.of(), null, Cancellation.none());
                seconds.add((System.nanoTime() - start) / 1e9);
                running.set(false);
                sampler.join();
            }
            long failed = last.results().stream().filter(r -> r.status() == CheckStatus.FAILED).count();
            List<Double> sorted = seconds.stream().sorted().toList();
            String result = String.format(Locale.ROOT, """
                    ### Assessing a PostgreSQL database of 10,000 tables and %,d objects (postgresql.readiness, %d checks)

                    | | value |
                    | --- | ---: |
                    | objects in pg_class (r, i, v, S) + pg_proc of the 10 schemas | %,d |
                    | seeding time (not part of the figure) | %.1f s |
                    | run times, %d runs | %s s |
                    | median | **%.2f s** (goal < 20 s) |
                    | most HisOps sessions seen by the server (limit 2) | %d |
                    | checks failed | %d |
                    """, objects, last.results().size(), objects, seedSeconds, RUNS,
                    seconds.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList(), sorted.get(RUNS / 2),
                    most.get(), failed);
            System.out.println(result);
            Path out = Path.of(System.getProperty("hisops.bench.out", "target/bench"));
            Files.createDirectories(out);
            Files.writeString(out.resolve("assessment.md"), result);
            assertEquals(0, failed, last.toString());
            assertTrue(most.get() <= 2, "the connection limit was exceeded: " + most.get());
            assertTrue(objects >= 50_000, "seeded " + objects);
            for (CheckResult r : last.results()) {
                assertTrue(r.status() != CheckStatus.CANCELLED, r.toString());
            }
        }
    }

    /**
     * Per table: a primary key (its index), half of them a secondary index and a sequence; per table a view and a
     * function. 10,000 tables, 10,000 + 5,000 indexes, 10,000 views, 5,000 sequences, 10,000 functions = 50,000.
     */
    private static long seed(PostgresServer server) throws Exception {
        try (Connection c = server.connect("bench"); Statement s = c.createStatement()) {
            for (int schema = 0; schema < SCHEMAS; schema++) {
                s.execute("CREATE SCHEMA his" + schema);
                // one DO block per schema: 1,000 tables with their objects in one round trip
                s.execute(String.format(Locale.ROOT, """
                        DO $$
                        BEGIN
                          FOR t IN 1..%d LOOP
                            EXECUTE format('CREATE TABLE his%d.t%%s (id bigint PRIMARY KEY, patient_id int,
                              ward varchar(20), created timestamptz DEFAULT now(), note text)', t);
                            EXECUTE format('CREATE VIEW his%d.v%%s AS SELECT id, ward FROM his%d.t%%s', t, t);
                            EXECUTE format('CREATE FUNCTION his%d.f%%s(p bigint) RETURNS bigint LANGUAGE sql
                              AS ''SELECT count(*) FROM his%d.t%%s WHERE id = p''', t, t);
                            IF t %% 2 = 0 THEN
                              EXECUTE format('CREATE INDEX ON his%d.t%%s (patient_id)', t);
                              EXECUTE format('CREATE SEQUENCE his%d.s%%s', t);
                            END IF;
                          END LOOP;
                        END $$""", TABLES_PER_SCHEMA, schema, schema, schema, schema, schema, schema, schema));
            }
            s.execute("ANALYZE");
            try (ResultSet rs = s.executeQuery("""
                    SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                             WHERE n.nspname LIKE 'his%' AND c.relkind IN ('r', 'i', 'v', 'S'))
                         + (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                             WHERE n.nspname LIKE 'his%')""")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Samples the server's count of HisOps sessions (application_name HisOps) until told to stop. */
    private static Thread sampler(PostgresServer server, AtomicBoolean running, AtomicInteger most) {
        Thread t = new Thread(() -> {
            try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                while (running.get()) {
                    // Client backends only: a parallel query's workers carry their leader's application_name.
                    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity "
                            + "WHERE application_name = 'HisOps' AND backend_type = 'client backend'")) {
                        rs.next();
                        most.accumulateAndGet(rs.getInt(1), Math::max);
                    }
                    Thread.sleep(20);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "assessment-bench-sampler");
        t.start();
        return t;
    }
}
