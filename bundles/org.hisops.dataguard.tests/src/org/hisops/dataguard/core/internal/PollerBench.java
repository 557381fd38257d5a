package org.hisops.dataguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.platform.api.EmbeddedStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * releng/bench (issue 5): 50 endpoints (25 primary -> standby systems over two real PostgreSQL 17 streaming pairs,
 * each endpoint its own database user) polled by the real monitor every 5 s for {@code hisops.bench.minutes}
 * (default 10) with the history going to the embedded store. Measures the process CPU time against wall time and
 * subtracts a baseline of the same framework idle for one minute just before; counts the most sessions each
 * endpoint held (broker and server) and, after the watch ends, the threads, sessions and heap left.
 */
@Tag("bench")
class PollerBench {

    private static final int SYSTEMS = 25;
    private static final int LIMIT = 2;

    @TempDir
    Path temp;

    @Test
    void fiftyEndpointsEveryFiveSecondsCostLittleAndLeakNothing() throws Exception {
        long minutes = Long.getLong("hisops.bench.minutes", 10);
        DatabaseSessions sessions = Services.get(DatabaseSessions.class);
        CredentialStore credentials = Services.get(CredentialStore.class);
        EmbeddedStore store = Services.get(EmbeddedStore.class);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<ReplicationPair> pairs = new ArrayList<>();
        try {
            for (int p = 0; p < 2; p++) {
                pairs.add(ReplicationPair.builder(temp.resolve("pair" + p)).build());
            }
            List<Endpoint> endpoints = new ArrayList<>();
            for (int i = 0; i < SYSTEMS; i++) {
                ReplicationPair pair = pairs.get(i % pairs.size());
                endpoints.add(endpoint(pair, pair.primary(), i, "p", RoleHint.PRIMARY, credentials));
                endpoints.add(endpoint(pair, pair.standby(), i, "s", RoleHint.STANDBY, credentials));
            }
            for (ReplicationPair pair : pairs) {
                pair.waitForStreaming(Duration.ofSeconds(60)); // the users reached the standbys
            }
            // Warm up what lives beyond a watch (the store's file and its H2 threads, the drivers, the session
            // broker's pools): one cycle on a poller of its own, closed again, so the figures below are the watch's.
            StoreLagHistory warmHistory = new StoreLagHistory(() -> store, FrameworkUtil.getBundle(SitePoller.class),
                    m -> {
                    });
            SitePoller warm = new SitePoller(sessions, s -> endpoints, s -> LagThresholds.DEFAULTS,
                    () -> List.of(new PostgresReplicationProvider()), warmHistory, Clock.systemUTC(), 2, e -> {
                    });
            warm.refresh("bench");
            warm.close();
            warmHistory.close();
            for (Endpoint e : endpoints) {
                sessions.forget(e.id());
            }
            Thread.sleep(2000);
            java.util.Set<String> threadNamesBefore = threadNames();
            int threadsBefore = Thread.activeCount();
            System.gc();
            long heapBefore = memory.getHeapMemoryUsage().getUsed();

            // Baseline: the same framework, nothing polled, for one minute.
            long idleCpu0 = os.getProcessCpuTime();
            long idleWall0 = System.nanoTime();
            Thread.sleep(60_000);
            double idleShare = (os.getProcessCpuTime() - idleCpu0) / (double) (System.nanoTime() - idleWall0);

            Map<String, Integer> mostBroker = new ConcurrentHashMap<>();
            AtomicInteger cycles = new AtomicInteger();
            AtomicLong notNormal = new AtomicLong();
            StoreLagHistory history = new StoreLagHistory(() -> store, FrameworkUtil.getBundle(SitePoller.class),
                    m -> {
                    });
            SitePoller poller = new SitePoller(sessions, s -> endpoints,
                    s -> LagThresholds.from(k -> k.equals(LagThresholds.REFRESH_SECONDS) ? Optional.of("5")
                            : Optional.empty()),
                    () -> List.of(new PostgresReplicationProvider()), history, Clock.systemUTC(), 2, e -> {
                    });
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            try (AutoCloseable l = poller.addListener((SiteStatus status) -> {
                cycles.incrementAndGet();
                notNormal.addAndGet(status.systems().stream().filter(s -> s.verdict() != Verdict.NORMAL).count());
                for (Endpoint e : endpoints) {
                    mostBroker.merge(e.id(), sessions.openSessions(e.id()), Math::max);
                }
            }); AutoCloseable watching = poller.watch("bench")) {
                long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
                int mostServer = 0;
                while (System.nanoTime() < end) {
                    Thread.sleep(1000);
                    for (ReplicationPair pair : pairs) { // the servers' own count, per endpoint user
                        for (PostgresServer server : List.of(pair.primary(), pair.standby())) {
                            String most = server.queryValue("SELECT coalesce(max(n), 0)::text FROM (SELECT count(*) n "
                                    + "FROM pg_stat_activity WHERE usename LIKE 'ep%' GROUP BY usename) c");
                            mostServer = Math.max(mostServer, Integer.parseInt(most.trim()));
                        }
                    }
                }
                long cpu = os.getProcessCpuTime() - cpu0;
                long wall = System.nanoTime() - wall0;
                double share = cpu / (double) wall;
                double pollerShare = share - idleShare;
                poller.close();
                history.close();
                for (Endpoint e : endpoints) {
                    sessions.forget(e.id());
                }
                Thread.sleep(2000);
                System.gc();
                long heapAfter = memory.getHeapMemoryUsage().getUsed();
                int threadsAfter = Thread.activeCount();
                java.util.Set<String> newThreads = threadNames();
                newThreads.removeAll(threadNamesBefore);
                int left = endpoints.stream().mapToInt(e -> sessions.openSessions(e.id())).sum();
                int worstBroker = mostBroker.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                String result = String.format(Locale.ROOT, """
                        ### Data Guard poller: %d endpoints (%d systems) every 5 s for %d min

                        | | value |
                        | --- | ---: |
                        | cycles (each reads all %d systems) | %d |
                        | wall time | %.1f s |
                        | process CPU, polling | %.2f %% of one core |
                        | process CPU, same framework idle (baseline, 60 s) | %.2f %% of one core |
                        | the poller's share (polling minus baseline) | %.2f %% of one core |
                        | connection limit per endpoint | %d |
                        | most sessions of one endpoint (broker) | %d |
                        | most sessions of one endpoint user (server, pg_stat_activity) | %d |
                        | systems not NORMAL, summed over cycles | %d |
                        | threads before / after (new after: %s) | %d / %d |
                        | sessions left open after the watch | %d |
                        | heap used after GC before / after | %.1f MiB / %.1f MiB |
                        """, endpoints.size(), SYSTEMS, minutes, SYSTEMS, cycles.get(), wall / 1e9, share * 100,
                        idleShare * 100, pollerShare * 100, LIMIT, worstBroker, mostServer, notNormal.get(),
                        newThreads.isEmpty() ? "none" : String.join(", ", newThreads), threadsBefore, threadsAfter, left,
                        heapBefore / 1048576.0, heapAfter / 1048576.0);
                System.out.println(result);
                Path out = Path.of("target", "bench");
                Files.createDirectories(out);
                Files.writeString(out.resolve("dataguard-poller.md"), result);
                assertTrue(pollerShare < 0.05, "the poller's CPU share " + pollerShare);
                assertTrue(worstBroker <= LIMIT && mostServer <= LIMIT, worstBroker + " / " + mostServer);
                assertEquals(0, left, "sessions left open");
                assertTrue(threadsAfter <= threadsBefore, threadsBefore + " -> " + threadsAfter);
            }
        } finally {
            pairs.forEach(ReplicationPair::close);
        }
    }

    private static java.util.Set<String> threadNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> names.add(t.getName()));
        return names;
    }

    private static Endpoint endpoint(ReplicationPair pair, PostgresServer server, int system, String side,
            RoleHint hint, CredentialStore credentials) throws Exception {
        String user = "ep" + system + side;
        pair.primary().createUser(user, "pw-" + user); // replicated to the standby
        pair.primary().execute("GRANT pg_monitor TO " + user);
        String id = "bench-" + system + "-" + side;
        credentials.store(id, ("pw-" + user).toCharArray());
        return Endpoint.of(id, "bench", id, "SYS" + system, Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(),
                AddressKind.DATABASE, "postgres", user).withRoleHint(hint).withLimits(LIMIT, 10, 10);
    }
}
