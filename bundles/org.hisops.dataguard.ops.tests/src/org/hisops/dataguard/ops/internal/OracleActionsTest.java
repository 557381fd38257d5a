package org.hisops.dataguard.ops.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The Oracle statement sequences of 10.2 and 11.2 against the emulated Oracle (emulated, not Oracle): switchover,
 * failover, Redo Apply stop/start change the emulated roles and processes; readiness and the emulation refuse
 * the wrong state (ORA-16139, ORA-16136, ORA-01665); an operator is refused; the audit log has every step. After
 * each test the emulation is restarted, so its databases are rebuilt from the scenario files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleActionsTest {

    private DatabaseSessions sessions;
    private CredentialStore credentials;
    private EndpointDirectory directory;
    private ReplicationMonitor monitor;
    private final Fixtures.Access access = new Fixtures.Access();
    private final Fixtures.RecordingAudit audit = new Fixtures.RecordingAudit();
    private Actions actions;
    private final List<String> sites = new ArrayList<>();

    @BeforeAll
    void services() throws InterruptedException {
        sessions = Fixtures.service(DatabaseSessions.class);
        credentials = Fixtures.service(CredentialStore.class);
        directory = Fixtures.service(EndpointDirectory.class);
        monitor = Fixtures.service(ReplicationMonitor.class);
        actions = new Actions(monitor, directory, sessions, access, () -> audit, Clock.systemUTC());
    }

    @AfterEach
    void reset() throws Exception {
        for (String site : sites) {
            directory.endpoints(site).forEach(e -> {
                sessions.forget(e.id());
                directory.delete(e.id());
            });
        }
        sites.clear();
        access.role = Role.ADMINISTRATOR;
        audit.entries.clear();
        for (Bundle b : FrameworkUtil.getBundle(OracleActionsTest.class).getBundleContext().getBundles()) {
            if (b.getSymbolicName().equals("org.hisops.db.oracle.emulated")) {
                b.stop(); // drops the emulated databases and their role changes
                b.start();
            }
        }
        Fixtures.service(DatabaseSessions.class);
    }

    /** A pair reached AS SYSDBA on both sides (a switchover changes both). */
    private String pair(String release, String name, String primaryScenario, String standbyScenario)
            throws Exception {
        String site = "ora-" + release + "-" + name;
        sites.add(site);
        save(site + "-p", site, primaryScenario, "HIS", RoleHint.PRIMARY);
        save(site + "-s", site, standbyScenario, "hisdg", RoleHint.STANDBY);
        return site;
    }

    private void save(String id, String site, String scenario, String service, RoleHint hint) throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        directory.save(new Endpoint(id, site, id, "HIS", Engine.ORACLE, "his-db", 1521, AddressKind.SERVICE_NAME,
                service, "sys", ConnectRole.SYSDBA, hint, null, 2, 5, 10, scenario));
    }

    private String[] database(String endpointId) throws DatabaseException {
        Endpoint e = directory.find(endpointId).orElseThrow();
        return sessions.change(e, "test", s -> s.query("SELECT database_role, open_mode, switchover_status FROM "
                + "v$database", 10, rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).get(0),
                Cancellation.none());
    }

    private long mrp(String endpointId) throws DatabaseException {
        Endpoint e = directory.find(endpointId).orElseThrow();
        return sessions.change(e, "test", s -> s.query("SELECT COUNT(*) FROM v$managed_standby WHERE process LIKE "
                + "'MRP%'", 10, rs -> rs.getLong(1)).get(0), Cancellation.none());
    }

    /** The DBA confirms each server step (SHUTDOWN; STARTUP MOUNT) and the test keeps them. */
    private static final class Dba implements ActionProgress {
        final List<RunbookStep> serverSteps = new ArrayList<>();

        @Override
        public boolean serverStepDone(RunbookStep step) {
            serverSteps.add(step);
            return true;
        }
    }

    private static String release(String r) {
        return r.equals("10g") ? "10.2" : "11.2";
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void switchoverTurnsThePrimaryIntoAStandbyAndTheStandbyIntoThePrimary(String r) throws Exception {
        String site = pair(r, "switchover", "dg-" + r + "-primary", "dg-" + r + "-standby");
        Runbook runbook = actions.plan(site, site + "-s", ActionKind.ORACLE_SWITCHOVER);
        assertTrue(runbook.emulated());
        assertTrue(runbook.ready(), runbook.blocking().toString());
        assertEquals("hisdg", runbook.confirmation());
        List<String> statements = runbook.steps().stream().map(RunbookStep::text).toList();
        assertTrue(statements.contains("ALTER DATABASE COMMIT TO SWITCHOVER TO PHYSICAL STANDBY WITH SESSION SHUTDOWN"));
        assertTrue(statements.contains("ALTER DATABASE COMMIT TO SWITCHOVER TO PRIMARY WITH SESSION SHUTDOWN"));
        assertTrue(statements.contains(r.equals("10g") ? "SHUTDOWN IMMEDIATE; STARTUP MOUNT;"
                : "SHUTDOWN ABORT; STARTUP MOUNT;"), statements.toString());

        Dba dba = new Dba();
        ActionResult result = actions.run(runbook, "hisdg", dba, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, result.outcome(), result.steps().toString());
        assertEquals(1, dba.serverSteps.size());
        String[] newPrimary = database(site + "-s");
        assertEquals("PRIMARY", newPrimary[0]);
        assertEquals("READ WRITE", newPrimary[1]);
        String[] newStandby = database(site + "-p");
        assertEquals("PHYSICAL STANDBY", newStandby[0]);
        assertEquals("MOUNTED", newStandby[1]);
        assertEquals(1, mrp(site + "-p"), "Redo Apply runs on the former primary");
        assertEquals(0, mrp(site + "-s"));
        // start, one entry per step, outcome
        assertEquals(runbook.steps().size() + 2, audit.with(ActionRunner.AUDIT_ACTION).size(), audit.entries.toString());
        assertTrue(audit.with(ActionRunner.AUDIT_STEP).stream().allMatch(e -> e.outcome() == AuditOutcome.SUCCESS));
        assertTrue(audit.entries.get(0).detail().contains("(emulated)"), audit.entries.get(0).detail());
        assertEquals(release(r), Planner.oracleRelease(monitor.refresh(site).systems().get(0).node(site + "-s")
                .orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void failoverAfterThePrimaryIsLostOpensTheStandbyAsPrimary(String r) throws Exception {
        String site = pair(r, "failover", "listener-down", "dg-" + r + "-standby");
        Runbook runbook = actions.plan(site, site + "-s", ActionKind.ORACLE_FAILOVER);
        assertTrue(runbook.ready(), runbook.blocking().toString());
        List<String> statements = runbook.steps().stream().map(RunbookStep::text).toList();
        assertTrue(statements.contains(r.equals("10g") ? "ALTER DATABASE RECOVER MANAGED STANDBY DATABASE FINISH FORCE"
                : "ALTER DATABASE RECOVER MANAGED STANDBY DATABASE FINISH"), statements.toString());
        ActionResult result = actions.run(runbook, "hisdg", null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, result.outcome(), result.steps().toString());
        String[] db = database(site + "-s");
        assertEquals("PRIMARY", db[0]);
        assertEquals("READ WRITE", db[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void redoApplyStopsAndStartsAndTheEmulationRefusesTheWrongState(String r) throws Exception {
        String site = pair(r, "apply", "dg-" + r + "-primary", "dg-" + r + "-standby");
        assertEquals(1, mrp(site + "-s"));
        ActionResult stop = actions.run(actions.plan(site, site + "-s", ActionKind.ORACLE_STOP_APPLY), "hisdg", null,
                Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, stop.outcome(), stop.steps().toString());
        assertEquals(0, mrp(site + "-s"));

        Endpoint standby = directory.find(site + "-s").orElseThrow();
        DatabaseException again = assertThrows(DatabaseException.class, () -> sessions.change(standby, "test",
                s -> {
                    s.execute("ALTER DATABASE RECOVER MANAGED STANDBY DATABASE CANCEL");
                    return null;
                }, Cancellation.none()));
        assertTrue(again.getMessage().contains("ORA-16136"), again.getMessage());
        DatabaseException notReady = assertThrows(DatabaseException.class, () -> sessions.change(standby, "test",
                s -> {
                    s.execute("ALTER DATABASE COMMIT TO SWITCHOVER TO PRIMARY");
                    return null;
                }, Cancellation.none()));
        assertTrue(notReady.getMessage().contains("ORA-16139"), notReady.getMessage());
        Endpoint primary = directory.find(site + "-p").orElseThrow();
        DatabaseException onPrimary = assertThrows(DatabaseException.class, () -> sessions.change(primary, "test",
                s -> {
                    s.execute("ALTER DATABASE RECOVER MANAGED STANDBY DATABASE USING CURRENT LOGFILE DISCONNECT");
                    return null;
                }, Cancellation.none()));
        assertTrue(onPrimary.getMessage().contains("ORA-01665"), onPrimary.getMessage());

        ActionResult start = actions.run(actions.plan(site, site + "-s", ActionKind.ORACLE_START_APPLY), "hisdg",
                null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, start.outcome(), start.steps().toString());
        assertEquals(1, mrp(site + "-s"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "10g", "11g" })
    void readinessRefusesASwitchoverToAStandbyWithAGapAndAnOperatorIsRefused(String r) throws Exception {
        String site = pair(r, "gap", "dg-" + r + "-primary", "dg-" + r + "-standby-gap");
        Runbook runbook = actions.plan(site, site + "-s", ActionKind.ORACLE_SWITCHOVER);
        assertFalse(runbook.ready());
        assertTrue(runbook.blocking().stream().anyMatch(l -> l.precondition().contains("gap")),
                runbook.blocking().toString());
        ActionResult refused = actions.run(runbook, "hisdg", new Dba(), Cancellation.none());
        assertEquals("action.refused.readiness", refused.refusalKey());
        assertEquals("PRIMARY", database(site + "-p")[0], "nothing changed");

        access.role = Role.OPERATOR;
        ActionResult operator = actions.run(actions.plan(site, site + "-s", ActionKind.ORACLE_STOP_APPLY), "hisdg",
                null, Cancellation.none());
        assertEquals("action.refused.role", operator.refusalKey());
        assertEquals(1, mrp(site + "-s"), "apply still runs");
        assertEquals(2, audit.with(ActionRunner.AUDIT_ACTION).stream()
                .filter(e -> e.outcome() == AuditOutcome.REFUSED).count());
    }
}
