package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * releng/bench/verify: two real PostgreSQL 17 servers with the same table of N rows; the verification's time
 * against the floor, both servers computing the full-table hash aggregate of the same rows (the engine's own
 * canonical row hash, one statement per server, in parallel), measured in the same run; with 0 and with 10
 * differences; the JVM's peak heap. Sizes from -Dhisops.bench.rows (comma separated). Prints a Markdown table.
 */
@Tag("bench")
class VerifyBench {

    @TempDir
    static Path temp;

    @Test
    void compareTimeAgainstTheHashFloor() throws Exception {
        Verifications verifications = Services.get(Verifications.class);
        CredentialStore credentials = Services.get(CredentialStore.class);
        StringBuilder out = new StringBuilder("### Verification bench\n\n| Rows | Differences | Sessions per "
                + "server | Floor (s) | Verification (s) | Ratio | Found | Segments |\n|---|---|---|---|---|---|---|---|\n");
        for (String size : System.getProperty("hisops.bench.rows", "1000000").split(",")) {
            long rows = Long.parseLong(size.trim());
            List<PostgresServer> servers = new ArrayList<>();
            try {
                for (String name : List.of("a", "b")) {
                    PostgresServer server = PostgresServer.builder(temp.resolve(name + rows), "bench-" + name)
                            // JIT off: its compile time of the long row expression would inflate the floor, not the work
                            .setting("shared_buffers", "256MB").setting("max_parallel_workers_per_gather", "0")
                            .setting("jit", "off")
                            .build().start();
                    servers.add(server);
                    try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
                        s.execute("CREATE TABLE visit (id bigint PRIMARY KEY, patient_id int NOT NULL, dept "
                                + "varchar(20), fee numeric(12,2), note text, visited timestamptz)");
                        s.execute("INSERT INTO visit SELECT g, (g % 100000)::int, '科室' || (g % 40), "
                                + "((g % 100000) / 7.0)::numeric(12,2), CASE WHEN g % 11 = 0 THEN NULL ELSE '门诊 '"
                                + " || g END, timestamptz '2020-01-01 00:00+08' + g * interval '7 second' "
                                + "FROM generate_series(1, " + rows + ") g");
                        s.execute("VACUUM (ANALYZE, FREEZE) visit");
                    }
                }
                List<Endpoint> endpoints = new ArrayList<>();
                for (PostgresServer server : servers) {
                    Endpoint e = Endpoint.of("bench-" + server.name() + "-" + rows, "bench", server.name(), "HIS",
                            Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(), AddressKind.DATABASE,
                            "postgres", PostgresServer.SUPERUSER).withLimits(2, 10, 3600);
                    credentials.store(e.id(), server.superuserPassword().toCharArray());
                    endpoints.add(e);
                }
                String floorSql = floorStatement(servers.get(0));
                floor(servers, floorSql); // warm both caches once, not measured
                for (int differences : new int[] { 0, 10 }) {
                    if (differences > 0) {
                        try (Connection c = servers.get(1).connect("postgres"); Statement s = c.createStatement()) {
                            for (int i = 0; i < differences; i++) {
                                long id = 1 + (rows / differences) * i + 17;
                                s.execute(i % 3 == 0 ? "DELETE FROM visit WHERE id = " + id
                                        : "UPDATE visit SET fee = fee + 1 WHERE id = " + id);
                            }
                        }
                    }
                    // one session per server is the floor's own parallelism; two is the default (connection limit 2)
                    for (int sessions : new int[] { 1, 2 }) {
                        VerifyRequest request = new VerifyRequest(endpoints.get(0), endpoints.get(1),
                                List.of(TablePair.same("public", "visit")), VerifyOptions.checksum()
                                        .withRecheckDelay(Duration.ZERO).withParallelism(1, sessions));
                        double floor = floor(servers, floorSql);
                        long t0 = System.nanoTime();
                        VerifyResult r = verifications.verify(request, VerifyListener.none(), Cancellation.none());
                        double verify = (System.nanoTime() - t0) / 1e9;
                        double floorAfter = floor(servers, floorSql);
                        double base = (floor + floorAfter) / 2;
                        TableResult t = r.tables().get(0);
                        assertEquals(differences, t.differencesFound(), t.toString());
                        out.append(String.format("| %,d | %d | %d | %.2f | %.2f | %.2fx | %d | %d |%n", rows,
                                differences, sessions, base, verify, verify / base, t.differencesFound(),
                                t.segments()));
                    }
                }
            } finally {
                servers.forEach(PostgresServer::close);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.append(String.format("%nPeak heap (sum of the heap pools' peaks): %d MB of -Xmx %d MB%n",
                peak >> 20, Runtime.getRuntime().maxMemory() >> 20));
        System.out.println(out);
    }

    /** The engine's own row hash over the whole table, summed: what both servers must at least do. */
    private static String floorStatement(PostgresServer server) throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT attname, typname FROM pg_attribute a JOIN pg_type t ON t.oid = "
                        + "a.atttypid WHERE attrelid = 'visit'::regclass AND attnum > 0 ORDER BY attnum")) {
            List<String> names = new ArrayList<>();
            List<ColumnKind> kinds = new ArrayList<>();
            List<Boolean> hashed = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
                kinds.add(ColumnKind.postgres(rs.getString(2)));
                hashed.add(false);
            }
            SideSql side = new SideSql(new PostgresDialect(true), "public", "visit", null, names, kinds, hashed,
                    List.of(0), false, false);
            return side.aggregate(new Segment(0, null, null)).sql().text();
        }
    }

    private static double floor(List<PostgresServer> servers, String sql) throws Exception {
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> runs = new ArrayList<>();
        for (PostgresServer server : servers) {
            runs.add(CompletableFuture.supplyAsync(() -> server.queryValue(sql)));
        }
        String first = runs.get(0).join();
        runs.get(1).join();
        if (first == null) {
            throw new AssertionError("no floor result");
        }
        return (System.nanoTime() - t0) / 1e9;
    }
}
