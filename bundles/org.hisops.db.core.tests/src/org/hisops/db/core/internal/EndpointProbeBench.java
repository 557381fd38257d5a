package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * releng/bench (issue 4): 50 endpoints probed in parallel, with four pieces of work per endpoint at once, against
 * five real PostgreSQL servers. Each endpoint connects as its own database user, so each server can count the
 * sessions of every endpoint itself. Records the most sessions seen per endpoint (by the broker and by the
 * servers) and the time; it checks the limit (a safety rule, not a timing).
 */
@Tag("bench")
class EndpointProbeBench {

    private static final int SERVERS = 5;
    private static final int ENDPOINTS = 50;
    private static final int WORK_PER_ENDPOINT = 4;
    private static final int ROUNDS = 3;

    @TempDir
    Path temp;

    @Test
    void fiftyEndpointsInParallelStayWithinTheirLimits() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(EndpointProbeBench.class).getBundleContext();
        DatabaseSessions sessions = context.getService(context.getServiceReference(DatabaseSessions.class));
        CredentialStore credentials = context.getService(context.getServiceReference(CredentialStore.class));
        List<PostgresServer> servers = new ArrayList<>();
        try {
            for (int s = 0; s < SERVERS; s++) {
                servers.add(PostgresServer.builder(temp.resolve("pg" + s), "bench" + s).superuserPassword("su")
                        .setting("max_connections", "100").build().start());
            }
            List<Endpoint> endpoints = new ArrayList<>();
            for (int i = 0; i < ENDPOINTS; i++) {
                PostgresServer server = servers.get(i % SERVERS);
                String user = "ep" + i;
                server.createUser(user, "pw" + i);
                server.execute("GRANT pg_monitor TO " + user);
                credentials.store("bench-" + i, ("pw" + i).toCharArray());
                endpoints.add(Endpoint.of("bench-" + i, "bench", "Bench " + i, "HIS", Engine.POSTGRESQL,
                        PostgresServer.LOOPBACK, server.port(), AddressKind.DATABASE, "postgres", user)
                        .withLimits(2, 30, 30));
            }
            Map<String, Integer> maxClient = new ConcurrentHashMap<>();
            Map<String, Integer> maxServer = new ConcurrentHashMap<>();
            AtomicInteger failures = new AtomicInteger();
            List<Double> roundSeconds = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(ENDPOINTS * WORK_PER_ENDPOINT / 2);
            for (int round = 0; round < ROUNDS; round++) {
                long t0 = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (Endpoint e : endpoints) {
                    futures.add(pool.submit(() -> {
                        sessions.probe(e, Cancellation.none());
                        return null;
                    }));
                    for (int w = 1; w < WORK_PER_ENDPOINT; w++) {
                        futures.add(pool.submit(() -> sessions.read(e, s -> {
                            maxClient.merge(e.id(), sessions.openSessions(e.id()), Math::max);
                            // The server's own count of this endpoint's sessions, taken while this one works.
                            int onServer = s.queryFirst(Sql.generated("bench", Engine.POSTGRESQL,
                                    "SELECT count(*)::int FROM pg_stat_activity WHERE usename = current_user "
                                            + "AND application_name = 'HisOps'"), rs -> rs.getInt(1)).orElseThrow();
                            maxServer.merge(e.id(), onServer, Math::max);
                            s.query(Sql.generated("bench", Engine.POSTGRESQL, "SELECT pg_sleep(0.05)::text"),
                                    rs -> rs.getString(1));
                            return null;
                        }, Cancellation.none())));
                    }
                }
                for (Future<?> f : futures) {
                    try {
                        f.get(120, TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException ex) {
                        failures.incrementAndGet();
                    }
                }
                roundSeconds.add((System.nanoTime() - t0) / 1e9);
            }
            pool.shutdown();
            int worstClient = Collections.max(maxClient.values());
            int worstServer = Collections.max(maxServer.values());
            String result = String.format(Locale.ROOT, """
                    ### Probing %d endpoints in parallel (%d servers, %d pieces of work per endpoint at once, %d rounds)

                    | | value |
                    | --- | ---: |
                    | connection limit per endpoint | 2 |
                    | most sessions of one endpoint seen by the broker | %d |
                    | most sessions of one endpoint seen by its server (pg_stat_activity) | %d |
                    | failed calls | %d of %d |
                    | seconds per round (each: %d probes + %d reads) | %s |
                    """, ENDPOINTS, SERVERS, WORK_PER_ENDPOINT, ROUNDS, worstClient, worstServer, failures.get(),
                    ENDPOINTS * WORK_PER_ENDPOINT * ROUNDS, ENDPOINTS, ENDPOINTS * (WORK_PER_ENDPOINT - 1),
                    roundSeconds.stream().map(d -> String.format(Locale.ROOT, "%.2f", d)).toList());
            System.out.println(result);
            Path out = Path.of(System.getProperty("hisops.bench.out", "target/bench"));
            Files.createDirectories(out);
            Files.writeString(out.resolve("endpoints.md"), result);
            assertEquals(0, failures.get(), "no call may fail");
            assertEquals(true, worstClient <= 2 && worstServer <= 2, "the connection limit was exceeded");
        } finally {
            servers.forEach(PostgresServer::close);
        }
    }
}
