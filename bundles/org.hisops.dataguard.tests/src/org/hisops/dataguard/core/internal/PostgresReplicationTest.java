package org.hisops.dataguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
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
import org.junit.jupiter.api.AfterEach;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL provider and the poller on real primary + streaming standby pairs (PostgreSQL 17 from the
 * harness): healthy synchronous and asynchronous pairs, a partitioned standby judged by byte thresholds, a killed
 * primary reported by the poller's next cycle, and the readiness lines. Assertions are on cycles and on WAL
 * positions, never on how long something took.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReplicationTest {

    @TempDir
    Path temp;

    private DatabaseSessions sessions;
    private CredentialStore credentials;
    private EmbeddedStore store;
    private final Map<String, String> settings = new HashMap<>();
    private SitePoller poller;
    private StoreLagHistory history;
    private ReplicationPair pair;

    @BeforeAll
    void services() throws InterruptedException {
        sessions = Services.get(DatabaseSessions.class);
        credentials = Services.get(CredentialStore.class);
        store = Services.get(EmbeddedStore.class);
    }

    @AfterEach
    void close() {
        if (poller != null) {
            poller.close();
        }
        if (history != null) {
            history.close();
        }
        if (pair != null) {
            pair.close();
        }
        settings.clear();
    }

    /** The pair's two endpoints (HIS system, role hints), polled with the test's settings as the site's settings. */
    private String site(boolean synchronous, String name) throws Exception {
        pair = ReplicationPair.builder(temp.resolve(name)).synchronous(synchronous).build();
        String site = "pg-" + name;
        List<Endpoint> endpoints = List.of(endpoint(site + "-primary", site, pair.primary(), RoleHint.PRIMARY),
                endpoint(site + "-standby", site, pair.standby(), RoleHint.STANDBY));
        history = new StoreLagHistory(() -> store, FrameworkUtil.getBundle(SitePoller.class), m -> {
        });
        poller = new SitePoller(sessions, s -> s.equals(site) ? endpoints : List.of(),
                s -> LagThresholds.from(k -> Optional.ofNullable(settings.get(k))),
                () -> List.of(new PostgresReplicationProvider()), history, Clock.systemUTC(), 2,
                e -> {
                    throw new AssertionError("a cycle failed", e);
                });
        return site;
    }

    private Endpoint endpoint(String id, String site, PostgresServer server, RoleHint hint) throws Exception {
        credentials.store(id, server.superuserPassword().toCharArray());
        return Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(),
                AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withRoleHint(hint)
                .withLimits(2, 3, 10);
    }

    private static SystemStatus his(SiteStatus status) {
        return status.system("HIS").orElseThrow(() -> new AssertionError("no HIS system in " + status));
    }

    private static StandbyStatus link(SiteStatus status) {
        return his(status).standbys().get(0);
    }

    private static ReadinessLine line(List<ReadinessLine> lines, String precondition) {
        return lines.stream().filter(l -> l.precondition().equals(precondition)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + precondition + " in " + lines));
    }

    @Test
    void healthySynchronousPairIsNormalWithFiguresAndReadyForRpoZero() throws Exception {
        String site = site(true, "sync");
        pair.primary().execute("CREATE TABLE visit (id int)");
        pair.primary().execute("INSERT INTO visit SELECT generate_series(1, 1000)");
        pair.waitForReplay(Duration.ofSeconds(60)); // "healthy" must not depend on how busy the machine is
        SiteStatus status = poller.refresh(site);
        SystemStatus his = his(status);
        StandbyStatus l = link(status);
        assertEquals(Verdict.NORMAL, his.verdict(), his.toString());
        NodeState primary = his.node(site + "-primary").orElseThrow();
        NodeState standby = his.node(site + "-standby").orElseThrow();
        assertEquals(NodeRole.PRIMARY, primary.role());
        assertEquals(NodeRole.STANDBY, standby.role());
        assertEquals("1", primary.fact("timeline"));
        assertEquals("1", standby.fact("timeline"));
        assertTrue(primary.version().startsWith("17"), primary.version());
        assertEquals("streaming", l.facts().get("state"));
        assertEquals("sync", l.facts().get("sync_state"));
        assertEquals(ReplicationPair.STANDBY_NAME, l.facts().get("slot"));
        assertNotNull(l.figures().unshippedBytes());
        assertTrue(l.figures().unshippedBytes() >= 0);
        assertNotNull(l.figures().transportLag());
        assertNotNull(l.figures().applyLag());
        assertEquals(Duration.ofSeconds(10), l.figures().startup(), "the site's promotion estimate");
        assertNotNull(l.figures().rtoEstimate());
        assertNotNull(primary.fact("slot." + ReplicationPair.STANDBY_NAME + ".retained_wal_bytes"));

        List<ReadinessLine> lines = poller.readiness(site, site + "-standby");
        assertTrue(line(lines, "readiness.reachable").passed(), lines.toString());
        assertTrue(line(lines, "readiness.pg.streaming").passed(), lines.toString());
        assertTrue(line(lines, "readiness.pg.timeline").passed(), lines.toString());
        assertTrue(line(lines, "readiness.pg.synchronous").passed(), lines.toString());
        assertTrue(line(lines, "readiness.lag").passed(), lines.toString());
        // The harness's servers run with wal_log_hints = on (data checksums off): the old primary can be rewound.
        ReadinessLine rewind = line(lines, "readiness.pg.rewind");
        assertTrue(rewind.passed(), rewind.toString());
        assertEquals(List.of("on", "off"), rewind.why().args());
    }

    @Test
    void healthyAsynchronousPairIsNormalButRefusesRpoZero() throws Exception {
        String site = site(false, "async");
        pair.waitForReplay(Duration.ofSeconds(60));
        SiteStatus status = poller.refresh(site);
        StandbyStatus l = link(status);
        assertEquals(Verdict.NORMAL, l.verdict(), l.toString());
        assertEquals("async", l.facts().get("sync_state"));
        List<ReadinessLine> lines = poller.readiness(site, site + "-standby");
        ReadinessLine sync = line(lines, "readiness.pg.synchronous");
        assertEquals(ReadinessLine.Result.FAIL, sync.result());
        assertEquals(List.of("async"), sync.why().args());
        assertEquals(List.of(ReplicationPair.STANDBY_NAME), sync.actionArgs());
        assertTrue(line(lines, "readiness.pg.streaming").passed());
    }

    @Test
    void partitionedStandbyShowsGrowingLagThenWarningThenErrorAndAlertsUntilHealed() throws Exception {
        String site = site(false, "partition");
        settings.put(LagThresholds.UNSHIPPED_BYTES_WARNING, Long.toString(64 * 1024));
        settings.put(LagThresholds.UNSHIPPED_BYTES_ERROR, Long.toString(8L << 20));
        pair.primary().execute("CREATE TABLE orders (id int, note text)");
        pair.waitForReplay(Duration.ofSeconds(60));
        Instant since = Instant.now().minusSeconds(1);
        List<LagAlert> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        AutoCloseable listening = poller.addAlertListener(told::add);
        assertEquals(Verdict.NORMAL, link(poller.refresh(site)).verdict());

        pair.partition();
        pair.primary().execute("INSERT INTO orders SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g");
        StandbyStatus first = link(poller.refresh(site));
        assertEquals(Verdict.WARNING, first.verdict(), first.reasons().toString());
        assertTrue(first.has("reason.unshipped.warning"), first.reasons().toString());
        long before = first.figures().unshippedBytes();

        pair.primary().execute("INSERT INTO orders SELECT g, repeat('y', 200) FROM generate_series(1, 60000) g");
        StandbyStatus second = link(poller.refresh(site));
        assertTrue(second.figures().unshippedBytes() > before, before + " -> " + second.figures().unshippedBytes());
        assertEquals(Verdict.ERROR, second.verdict(), second.reasons().toString());
        assertTrue(second.has("reason.unshipped.error"), second.reasons().toString());
        assertNotNull(second.figures().applyLag(), "time exposure from the last replayed commit");

        List<LagSample> samples = poller.history(site + "-standby", since);
        assertEquals(List.of(Verdict.NORMAL, Verdict.WARNING, Verdict.ERROR),
                samples.stream().map(LagSample::verdict).toList());

        pair.heal();
        pair.waitForStreaming(Duration.ofSeconds(60));
        // Catching up takes the standby a few cycles; counted in cycles, not in seconds.
        SiteStatus healed = null;
        for (int cycle = 0; cycle < 50; cycle++) {
            healed = poller.refresh(site);
            if (link(healed).verdict() == Verdict.NORMAL) {
                break;
            }
        }
        assertEquals(Verdict.NORMAL, link(healed).verdict(), link(healed).reasons().toString());

        List<LagAlert> raised = new ArrayList<>(poller.alerts(site, since));
        java.util.Collections.reverse(raised); // oldest first
        assertTrue(raised.size() >= 3, raised.toString());
        LagAlert warning = raised.get(0);
        assertEquals(Verdict.NORMAL, warning.from());
        assertEquals(Verdict.WARNING, warning.to());
        assertEquals("HIS", warning.system());
        assertEquals(site + "-standby", warning.standbyId());
        assertTrue(warning.reasons().stream().anyMatch(r -> r.key().equals("reason.unshipped.warning")),
                warning.toString());
        assertTrue(warning.reasons().stream().filter(r -> r.key().equals("reason.unshipped.warning")).findFirst()
                .orElseThrow().args().get(0) instanceof Long, "numbers stay numbers in the store");
        assertEquals(Verdict.WARNING, raised.get(1).from());
        assertEquals(Verdict.ERROR, raised.get(1).to());
        assertEquals(Verdict.NORMAL, raised.get(raised.size() - 1).to(), raised.toString());
        assertTrue(raised.get(raised.size() - 1).reasons().isEmpty());
        // the listeners were told the same, each with the cycle that saw it
        assertEquals(List.of(2L, 3L, healed.cycle()),
                List.of(told.get(0).cycle(), told.get(1).cycle(), told.get(told.size() - 1).cycle()));
        assertEquals(raised.size(), told.size());
        listening.close();
    }

    @Test
    void killedPrimaryIsReportedByThePollersNextCycleAndTheStandbyCardGoesOn() throws Exception {
        String site = site(false, "kill");
        settings.put(LagThresholds.REFRESH_SECONDS, "1");
        pair.waitForReplay(Duration.ofSeconds(60));
        BlockingQueue<SiteStatus> cycles = new LinkedBlockingQueue<>();
        try (AutoCloseable listening = poller.addListener(cycles::add); AutoCloseable watching = poller.watch(site)) {
            SiteStatus healthy = cycles.poll(60, TimeUnit.SECONDS);
            assertNotNull(healthy, "no first cycle");
            assertEquals(Verdict.NORMAL, his(healthy).verdict(), his(healthy).toString());

            pair.killPrimary();
            long startedBeforeKill = poller.startedCycles(site);
            SiteStatus after;
            do {
                after = cycles.poll(60, TimeUnit.SECONDS);
                assertNotNull(after, "the poller stopped cycling");
            } while (after.cycle() <= startedBeforeKill);
            // The first cycle that started after the kill already says so.
            assertEquals(startedBeforeKill + 1, after.cycle());
            SystemStatus his = his(after);
            NodeState primary = his.node(site + "-primary").orElseThrow();
            assertFalse(primary.reachable());
            assertTrue(primary.reasons().stream().anyMatch(r -> r.key().equals("reason.node.unreachable")));
            StandbyStatus l = his.standbys().get(0);
            assertEquals(Verdict.ERROR, l.verdict());
            assertTrue(l.has("reason.primary.unreachable"), l.reasons().toString());
            NodeState standby = his.node(site + "-standby").orElseThrow();
            assertTrue(standby.reachable(), "the standby's card goes on");
            assertEquals(NodeRole.STANDBY, standby.role());

            List<ReadinessLine> lines = poller.readiness(site, site + "-standby");
            ReadinessLine reached = line(lines, "readiness.reachable");
            assertEquals(ReadinessLine.Result.FAIL, reached.result());
            assertEquals("readiness.pg.reachable.primary.action", reached.action());
        }
    }
}
