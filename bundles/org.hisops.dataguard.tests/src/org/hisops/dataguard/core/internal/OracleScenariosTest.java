package org.hisops.dataguard.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.NodeRole;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.SystemTopology;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Oracle provider on the emulated Oracle (H2 in Oracle mode, tables from the catalogue), through the real
 * session broker, for 10.2 and 11.2: each scenario of a Data Guard pair gives its verdict and reasons, and switchover
 * readiness refuses with the right line. The scenarios' clocks stand still, so every figure is exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleScenariosTest {

    private DatabaseSessions sessions;
    private CredentialStore credentials;
    private final OracleDataGuardProvider provider = new OracleDataGuardProvider();

    @BeforeAll
    void services() throws InterruptedException {
        sessions = Services.get(DatabaseSessions.class);
        credentials = Services.get(CredentialStore.class);
    }

    private Endpoint endpoint(String id, String scenario, String service, String user, ConnectRole role,
            RoleHint hint) throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        return new Endpoint(id, "oracle-site", id, "HIS", Engine.ORACLE, "his-db", 1521, AddressKind.SERVICE_NAME,
                service, user, role, hint, null, 2, 5, 10, scenario);
    }

    /** A pair: the primary scenario reached as hisops, the standby scenario as SYS AS SYSDBA (or as hisops). */
    private SystemStatus observe(String release, String primaryScenario, String standbyScenario, boolean sysdba)
            throws Exception {
        String id = release + "-" + primaryScenario + "-" + standbyScenario + (sysdba ? "" : "-normal");
        Endpoint primary = endpoint(id + "-p", primaryScenario, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY);
        Endpoint standby = sysdba
                ? endpoint(id + "-s", standbyScenario, "hisdg", "sys", ConnectRole.SYSDBA, RoleHint.STANDBY)
                : endpoint(id + "-s", standbyScenario, "hisdg", "hisops", ConnectRole.NORMAL, RoleHint.STANDBY);
        return provider.observe(new SystemTopology("oracle-site", "HIS", primary, List.of(standby)), sessions,
                LagThresholds.DEFAULTS, null, Cancellation.none());
    }

    private static StandbyStatus link(SystemStatus s) {
        assertEquals(1, s.standbys().size());
        return s.standbys().get(0);
    }

    private List<ReadinessLine> readiness(SystemStatus s) {
        return provider.readiness(s, link(s).standbyId(), LagThresholds.DEFAULTS);
    }

    private static ReadinessLine line(List<ReadinessLine> lines, String precondition) {
        return lines.stream().filter(l -> l.precondition().equals(precondition)).findFirst()
                .orElseThrow(() -> new AssertionError("no line " + precondition + " in " + lines));
    }

    private static void assertRefused(List<ReadinessLine> lines, String precondition, String why) {
        ReadinessLine l = line(lines, precondition);
        assertEquals(ReadinessLine.Result.FAIL, l.result(), l.toString());
        assertEquals(why, l.why().key(), l.toString());
        assertNotNull(l.action(), "a refusal says what to do: " + l);
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void healthyPairIsNormalWithItsFiguresAndReadyForSwitchover(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary", "dg-" + release + "-standby", true);
        StandbyStatus l = link(s);
        assertEquals(Verdict.NORMAL, l.verdict(), l.reasons().toString());
        assertEquals(Verdict.NORMAL, s.verdict());
        assertEquals(NodeRole.PRIMARY, s.nodes().get(0).role());
        assertEquals(NodeRole.STANDBY, s.nodes().get(1).role());
        assertEquals("MAXIMUM PERFORMANCE", s.nodes().get(0).fact("protection_mode"));
        assertEquals("TO STANDBY", s.nodes().get(0).fact("switchover_status"));
        assertEquals("YES", s.nodes().get(0).fact("flashback_on"));
        assertEquals("MOUNTED", s.nodes().get(1).fact("open_mode"));
        assertEquals(Duration.ZERO, l.figures().transportLag());
        assertEquals(Duration.ofSeconds(1), l.figures().applyLag());
        assertEquals(Duration.ZERO, l.figures().applyFinish());
        assertEquals(Duration.ofSeconds(15), l.figures().startup());
        assertEquals(Duration.ofSeconds(15), l.figures().rtoEstimate());
        assertEquals(0L, l.figures().unshippedBytes());
        // 11.2: TIME_COMPUTED - DATUM_TIME; 10.2: the standby's (frozen) clock - TIME_COMPUTED; both 1 s here.
        assertEquals(Duration.ofSeconds(1), l.figures().staleness());
        assertEquals("APPLYING_LOG", l.facts().get("mrp_status"));
        assertEquals("30215", l.facts().get("thread.1.primary_sequence"));
        assertEquals("30214", l.facts().get("thread.1.received_sequence"));
        List<ReadinessLine> lines = readiness(s);
        assertTrue(lines.stream().allMatch(ReadinessLine::passed), lines.toString());
        assertEquals(10, lines.size(), lines.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void transportLagIsAWarningWithLogsBehindAndStaleFigures(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary", "dg-" + release + "-standby-transport-lag",
                true);
        StandbyStatus l = link(s);
        assertEquals(Verdict.WARNING, l.verdict(), l.reasons().toString());
        assertTrue(l.has("reason.transport.lag.warning"), l.reasons().toString());
        assertTrue(l.has("reason.apply.lag.warning"), l.reasons().toString());
        assertTrue(l.has("reason.staleness.warning"), l.reasons().toString());
        assertTrue(l.has("reason.oracle.sequence.behind"), l.reasons().toString());
        assertTrue(l.has("reason.unshipped.warning"), l.reasons().toString());
        assertEquals(Duration.ofSeconds(70), l.figures().transportLag());
        assertEquals(Duration.ofSeconds(70), l.figures().staleness());
        // Logs 30213 and 30214 (50 MiB each) were archived on the primary and not received.
        assertEquals(2L * 102400 * 512, l.figures().unshippedBytes());
        List<ReadinessLine> lines = readiness(s);
        assertRefused(lines, "readiness.oracle.gap", "reason.oracle.sequence.behind");
        assertTrue(line(lines, "readiness.lag").passed(), "a warning is not a refusal of the lag line");
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void applyStoppedIsAnErrorAndRefusesSwitchover(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary", "dg-" + release + "-standby-apply-stopped",
                true);
        StandbyStatus l = link(s);
        assertEquals(Verdict.ERROR, l.verdict());
        assertTrue(l.has("reason.oracle.apply.stopped"), l.reasons().toString());
        assertTrue(l.has("reason.apply.lag.error"), l.reasons().toString());
        assertEquals(Duration.ofMinutes(25), l.figures().applyLag());
        assertEquals(Duration.ofSeconds(400).plusSeconds(15), l.figures().rtoEstimate());
        assertNull(l.facts().get("mrp_status"));
        List<ReadinessLine> lines = readiness(s);
        assertRefused(lines, "readiness.oracle.apply", "readiness.oracle.apply.fail");
        assertRefused(lines, "readiness.lag", "reason.apply.lag.error"); // the crossed threshold, with its figures
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void gapIsAnErrorNamingTheMissingSequences(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary", "dg-" + release + "-standby-gap", true);
        StandbyStatus l = link(s);
        assertEquals(Verdict.ERROR, l.verdict());
        var gap = l.reasons().stream().filter(r -> r.key().equals("reason.oracle.gap")).findFirst().orElseThrow();
        assertEquals(List.of(1L, 30210L, 30212L), gap.args());
        assertTrue(l.has("reason.transport.lag.error"), l.reasons().toString());
        assertEquals("WAIT_FOR_GAP", l.facts().get("mrp_status"));
        assertRefused(readiness(s), "readiness.oracle.gap", "reason.oracle.gap");
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void destinationErrorIsAnErrorWithTheOraMessage(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary-dest-error", "dg-" + release + "-standby", true);
        StandbyStatus l = link(s);
        assertEquals(Verdict.ERROR, l.verdict());
        var error = l.reasons().stream().filter(r -> r.key().equals("reason.oracle.destination.error")).findFirst()
                .orElseThrow(() -> new AssertionError(l.reasons().toString()));
        assertEquals(List.of("LOG_ARCHIVE_DEST_2", "ORA-12541: TNS:no listener"), error.args());
        assertRefused(readiness(s), "readiness.oracle.destination", "reason.oracle.destination.error");
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void mountedStandbyWithoutSysdbaIsSaidSoAndRefused(String release) throws Exception {
        SystemStatus s = observe(release, "dg-" + release + "-primary", "dg-" + release + "-standby", false);
        StandbyStatus l = link(s);
        assertEquals(Verdict.ERROR, l.verdict());
        assertTrue(l.has("reason.oracle.standby.needs.sysdba"), l.reasons().toString());
        var node = s.node(l.standbyId()).orElseThrow();
        assertFalse(node.reachable());
        assertEquals(DbProblem.STARTING_OR_STOPPING, node.problem());
        assertEquals("ORA-01033", node.serverCode());
        assertTrue(s.node(l.primaryId()).orElseThrow().reachable(), "the primary's card goes on");
        assertNull(l.figures().applyLag(), "no figures are guessed without the standby");
        assertRefused(readiness(s), "readiness.reachable", "readiness.oracle.standby.needs.sysdba");
    }
}
