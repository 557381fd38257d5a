package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * releng/bench/copy: one table of {@code hisops.bench.rows} rows (default 1,000,000) between two real PostgreSQL
 * servers (the script runs them from the installed PostgreSQL whose {@code pg_dump} it uses, as pg_dump refuses a
 * newer server); HisOps' copy against {@code pg_dump -t | psql} on the same table in the same run, alternating, and
 * the COPY text and binary formats passed through without the engine. Prints a block the script keeps.
 */
@Tag("bench")
class CopyBench {

    @TempDir
    Path temp;

    private static final String TABLE = """
            CREATE TABLE %s.orders (order_id bigint NOT NULL, patient_id bigint NOT NULL, item varchar(40),
                qty numeric(10,3), ordered_at timestamp(3), status smallint, note text)""";

    @Test
    void copyThroughputAgainstTheClientToolPipeline() throws Exception {
        long rows = Long.getLong("hisops.bench.rows", 1_000_000L);
        int rounds = Integer.getInteger("hisops.bench.rounds", 2);
        String psql = System.getProperty("hisops.bench.psql", "psql");
        String pgDump = System.getProperty("hisops.bench.pgdump", "pg_dump");
        try (PostgresServer source = PostgresServer.builder(temp, "bench-source").build().start();
                PostgresServer target = PostgresServer.builder(temp, "bench-target").build().start()) {
            source.createDatabase("his");
            target.createDatabase("his");
            long t0 = System.nanoTime();
            source.execute("his", "CREATE SCHEMA bench; " + TABLE.formatted("bench") + "; INSERT INTO bench.orders "
                    + "SELECT i, 1 + i % 200000, '\u963f\u83ab\u897f\u6797\u80f6\u56ca ' || i % 97, (i % 1000) / 7.0, "
                    + "TIMESTAMP '2023-03-01' + i * INTERVAL '1 second', i % 10, "
                    + "CASE WHEN i % 13 = 0 THEN NULL ELSE md5(i::text) END FROM generate_series(1, " + rows + ") i; "
                    + "ALTER TABLE bench.orders ADD PRIMARY KEY (order_id)");
            source.execute("his", "VACUUM ANALYZE bench.orders");
            String size = source.queryValue("his", "SELECT pg_size_pretty(pg_table_size('bench.orders'))");
            System.out.printf(Locale.ROOT, "source table: %d rows, %s, loaded in %.1f s; servers: %s%n", rows, size,
                    (System.nanoTime() - t0) / 1e9, source.queryValue("his", "SHOW server_version"));

            CopyService copy = Services.get(CopyService.class);
            AccessControl access = Services.get(AccessControl.class);
            if (access.passwordSet()) {
                access.signIn("copy-bench-Pa55".toCharArray());
            } else {
                access.setPassword(null, "copy-bench-Pa55".toCharArray());
            }
            String site = Services.get(SiteDirectory.class).create("Copy bench").id();
            Endpoint from = endpoint("bench-source", site, source);
            Endpoint to = endpoint("bench-target", site, target);
            // a copy writes into the target: an administrator action, so the bench stays signed in

            List<Double> hisops = new ArrayList<>();
            List<Double> hisopsCopyPhase = new ArrayList<>();
            List<Double> pipeline = new ArrayList<>();
            long peakHeap = 0;
            for (int round = 1; round <= rounds; round++) {
                // pg_dump -t writes the table's DDL, its rows as COPY ... FROM stdin and the key after them; it does not
                // dump the schema, so an empty database with that schema receives it
                String pipe = "pipe" + round;
                target.createDatabase(pipe);
                target.execute(pipe, "CREATE SCHEMA bench");
                long p0 = System.nanoTime();
                pipeline(pgDump, psql, source, target, pipe);
                pipeline.add((System.nanoTime() - p0) / 1e9);
                assertEquals(Long.toString(rows), target.queryValue(pipe, "SELECT count(*) FROM bench.orders"));
                assertEquals("1", target.queryValue(pipe, "SELECT count(*) FROM pg_constraint WHERE contype = 'p' "
                        + "AND conrelid = 'bench.orders'::regclass"), "the dump's primary key was built");
                target.execute("his", "DROP DATABASE " + pipe);
                target.execute("his", "CHECKPOINT");

                HeapWatch watch = new HeapWatch();
                long h0 = System.nanoTime();
                // the copy's own phase ends where the verification at the end of the run starts
                AtomicLong verificationStarted = new AtomicLong();
                CopyListener phases = new CopyListener() {
                    @Override
                    public void verificationProgress(String table, int done, int total, String status) {
                        verificationStarted.compareAndSet(0, System.nanoTime());
                    }
                };
                CopyRun run = copy.start(CopyRequest.of(from.id(), "bench", to.id(), "hisops" + round), phases,
                        Cancellation.none());
                long h1 = System.nanoTime();
                hisops.add((h1 - h0) / 1e9);
                hisopsCopyPhase.add(((verificationStarted.get() == 0 ? h1 : verificationStarted.get()) - h0) / 1e9);
                assertEquals(CopyRun.VerificationStatus.EQUAL, run.verification().status(), run::toString);
                peakHeap = Math.max(peakHeap, watch.stop());
                assertEquals(CopyRun.RunState.DONE, run.state(), run::toString);
                assertEquals(rows, run.tables().get(0).targetRows());
                target.execute("his", "DROP SCHEMA hisops" + round + " CASCADE");
                target.execute("his", "CHECKPOINT");
                System.out.printf(Locale.ROOT, "round %d: pipeline %.2f s, HisOps copy %.2f s (+ verification: "
                        + "%.2f s)%n", round, pipeline.get(round - 1), hisopsCopyPhase.get(round - 1),
                        hisops.get(round - 1));
            }
            double formatText = passThrough(source, target, "text", rows);
            double formatBinary = passThrough(source, target, "binary", rows);

            double bestPipeline = pipeline.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double bestHisops = hisopsCopyPhase.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double bestWithVerification = hisops.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            System.out.println("### Copy bench");
            System.out.printf(Locale.ROOT, "rows: %d (%s on the source), rounds: %d, cores: %d, max heap: %d MB%n",
                    rows, size, rounds, Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20);
            System.out.printf(Locale.ROOT, "pipeline (pg_dump -t | psql: DDL, COPY, primary key): "
                    + "best %.2f s = %.0f rows/s; all %s%n", bestPipeline, rows / bestPipeline, pipeline);
            System.out.printf(Locale.ROOT, "HisOps copy (DDL, COPY batches of 50000, primary key after the data, "
                    + "counts): best %.2f s = %.0f rows/s; all %s%n", bestHisops, rows / bestHisops, hisopsCopyPhase);
            System.out.printf(Locale.ROOT, "HisOps copy with its verification at the end (checksum of every row, "
                    + "both servers): best %.2f s; all %s%n", bestWithVerification, hisops);
            System.out.printf(Locale.ROOT, "ratio HisOps/pipeline throughput (copy): %.2f; with verification: %.2f%n",
                    bestPipeline / bestHisops, bestPipeline / bestWithVerification);
            System.out.printf(Locale.ROOT, "peak heap used during HisOps runs: %d MB%n", peakHeap >> 20);
            System.out.printf(Locale.ROOT, "COPY pass-through without the engine: text %.2f s, binary %.2f s%n",
                    formatText, formatBinary);
            System.out.println("### end");
        }
    }

    private static Endpoint endpoint(String id, String site, PostgresServer server) throws Exception {
        Services.get(CredentialStore.class).store(id, server.superuserPassword().toCharArray());
        Endpoint endpoint = Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "his", PostgresServer.SUPERUSER).withLimits(4, 10, 300);
        Services.get(EndpointDirectory.class).save(endpoint);
        return endpoint;
    }

    /** The baseline the issue names: {@code pg_dump -t bench.orders | psql} into an empty database. */
    private void pipeline(String pgDump, String psql, PostgresServer source, PostgresServer target, String database)
            throws IOException, InterruptedException {
        Path script = temp.resolve("pipe.sh");
        Files.writeString(script, "set -eo pipefail\n"
                + "PGPASSWORD=\"$SRC_PW\" \"$PG_DUMP\" -h 127.0.0.1 -p \"$SRC_PORT\" -U postgres -t bench.orders his "
                + "| PGPASSWORD=\"$DST_PW\" \"$PSQL\" -X -q -h 127.0.0.1 -p \"$DST_PORT\" -U postgres -d \"$DB\" "
                + "-v ON_ERROR_STOP=1 >/dev/null\n");
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString()).inheritIO();
        // passwords in the environment of the child only, never in a file
        pb.environment().put("SRC_PW", source.superuserPassword());
        pb.environment().put("DST_PW", target.superuserPassword());
        pb.environment().put("SRC_PORT", Integer.toString(source.port()));
        pb.environment().put("DST_PORT", Integer.toString(target.port()));
        pb.environment().put("PG_DUMP", pgDump);
        pb.environment().put("PSQL", psql);
        pb.environment().put("DB", database);
        int exit = pb.start().waitFor();
        assertEquals(0, exit, "the pg_dump | psql pipeline failed");
    }

    /** One COPY stream from server to server in the given format, through this JVM, without the engine. */
    private static double passThrough(PostgresServer source, PostgresServer target, String format, long rows)
            throws Exception {
        String schema = "raw_" + format;
        target.execute("his", "CREATE SCHEMA " + schema + "; " + TABLE.formatted(schema));
        try (Connection in = source.connect("his"); Connection out = target.connect("his")) {
            CopyManager reader = in.unwrap(PGConnection.class).getCopyAPI();
            CopyManager writer = out.unwrap(PGConnection.class).getCopyAPI();
            PipedInputStream pipeIn = new PipedInputStream(1 << 20);
            PipedOutputStream pipeOut = new PipedOutputStream(pipeIn);
            long t0 = System.nanoTime();
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(() -> {
                try {
                    return writer.copyIn("COPY " + schema + ".orders FROM STDIN (FORMAT " + format + ")", pipeIn);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (pipeOut) {
                reader.copyOut("COPY bench.orders TO STDOUT (FORMAT " + format + ")", pipeOut);
            }
            assertEquals(rows, written.get());
            double seconds = (System.nanoTime() - t0) / 1e9;
            target.execute("his", "DROP SCHEMA " + schema + " CASCADE");
            target.execute("his", "CHECKPOINT");
            return seconds;
        }
    }

    /** Samples the heap in use (all heap pools) every 20 ms and keeps the largest figure. */
    private static final class HeapWatch {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;

        HeapWatch() {
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    long used = 0;
                    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                        if (pool.getType() == MemoryType.HEAP) {
                            used += pool.getUsage().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return peak.get();
        }
    }
}
