package org.hisops.assessment.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.FixupPlan;
import org.hisops.checks.api.FixupResult;
import org.hisops.checks.api.FixupRunner;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Running a fixup through the real runner, broker and access control on the emulated {@code upgrade-10g-problems}:
 * an administrator who typed the database's name gathers dictionary statistics and sees the check afterwards; an
 * operator, a wrong name, a check without a fixup and a SQL*Plus-only fixup are refused before anything runs; a
 * login without the privilege fails at the statement. Every step is in a recording audit log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixupRunnerTest {

    private static final String PASSWORD = "fixup-admin-Pa55";
    private static final String DICTIONARY = "ora.upg.dictionary.stats";

    private final RecordingAudit audit = new RecordingAudit();
    private ServiceRegistration<AuditLog> auditRegistration;
    private CheckRunner runner;
    private FixupRunner fixups;
    private AccessControl access;
    private CredentialStore credentials;

    @BeforeAll
    void services() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        auditRegistration = Services.context().registerService(AuditLog.class, audit, props);
        runner = Services.get(CheckRunner.class);
        fixups = Services.get(FixupRunner.class);
        access = Services.get(AccessControl.class);
        credentials = Services.get(CredentialStore.class);
        for (int i = 0; i < 200 && runner.catalogue(OracleUpgradeCatalogue.ID).isEmpty(); i++) {
            Thread.sleep(50);
        }
    }

    @AfterAll
    void unregister() {
        access.signOut();
        auditRegistration.unregister();
    }

    @BeforeEach
    void operator() {
        access.signOut();
        audit.entries.clear();
    }

    private void administrator() throws Exception {
        if (access.passwordSet()) {
            access.signIn(PASSWORD.toCharArray());
        } else {
            access.setPassword(null, PASSWORD.toCharArray());
            if (access.role() != Role.ADMINISTRATOR) {
                access.signIn(PASSWORD.toCharArray());
            }
        }
        assertEquals(Role.ADMINISTRATOR, access.role());
    }

    private Endpoint endpoint(String id, String user, ConnectRole role) throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        return new Endpoint(id, "fixup-site", id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME,
                "HIS", user, role, RoleHint.PRIMARY, null, 2, 5, 10, "upgrade-10g-problems");
    }

    private RunResult run(Endpoint endpoint) {
        return runner.run(OracleUpgradeCatalogue.ID, endpoint, Set.of(Stage.BEFORE_UPGRADE), null,
                Cancellation.none());
    }

    private static String lastAnalyzed(CheckResult result, String owner) {
        return result.findings().stream().filter(f -> f.subject().equals(owner)).findFirst().orElseThrow()
                .arguments().get(2);
    }

    @Test
    void anAdministratorGathersDictionaryStatisticsAndSeesTheEffect() throws Exception {
        Endpoint sys = endpoint("fixup-sys", "sys", ConnectRole.SYSDBA);
        RunResult before = run(sys);
        String analyzedBefore = lastAnalyzed(before.result(DICTIONARY).orElseThrow(), "SYS");

        FixupPlan plan = fixups.plan(sys, before, DICTIONARY, Cancellation.none());
        assertTrue(plan.runnable(), plan.toString());
        assertEquals(List.of("EXECUTE DBMS_STATS.GATHER_DICTIONARY_STATS"), plan.shown()); // once for SYS and SYSTEM
        assertEquals(List.of("BEGIN DBMS_STATS.GATHER_DICTIONARY_STATS; END;"), plan.statements());
        assertEquals("HIS", plan.confirmation());
        assertNotNull(plan.fixup());

        administrator();
        audit.entries.clear();
        FixupResult result = fixups.run(plan, " HIS ", Cancellation.none());
        assertEquals(FixupResult.Outcome.DONE, result.outcome(), result.toString());
        assertEquals(1, result.statements().size());
        assertTrue(result.statements().get(0).done(), result.toString());
        assertNotNull(result.after(), "the check is run again");
        assertEquals(CheckStatus.FINDING, result.after().status()); // utlu112i.sql recommends it whatever its age
        assertNotEquals(analyzedBefore, lastAnalyzed(result.after(), "SYS"), result.after().toString());
        assertTrue(result.afterRunId() > before.runId(), "the run afterwards is in the history");
        assertEquals(result.afterRunId(), runner.history(sys.id()).get(0).runId());

        List<AuditRecord> entries = audit.snapshot();
        assertEquals(List.of("checks.fixup", "checks.fixup.statement", "checks.fixup"),
                entries.stream().map(AuditRecord::action).toList(), entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.outcome() == AuditOutcome.SUCCESS), entries.toString());
        assertTrue(entries.get(1).detail().contains("BEGIN DBMS_STATS.GATHER_DICTIONARY_STATS; END;"));
        assertEquals("fixup-sys " + DICTIONARY, entries.get(0).target());
        assertTrue(entries.get(2).detail().contains("check afterwards: FINDING"), entries.get(2).detail());
    }

    @Test
    void anOperatorIsRefusedAndNothingRuns() throws Exception {
        Endpoint sys = endpoint("fixup-operator", "sys", ConnectRole.SYSDBA);
        RunResult before = run(sys);
        FixupPlan plan = fixups.plan(sys, before, DICTIONARY, Cancellation.none());
        int runs = runner.history(sys.id()).size();

        FixupResult result = fixups.run(plan, "HIS", Cancellation.none());
        assertEquals(FixupResult.Outcome.REFUSED, result.outcome());
        assertEquals(FixupResult.REFUSED_ROLE, result.refusalKey());
        assertTrue(result.statements().isEmpty());
        assertNull(result.after());
        assertEquals(runs, runner.history(sys.id()).size(), "nothing ran, not even the check");
        assertEquals(List.of(AuditOutcome.REFUSED), audit.snapshot().stream().map(AuditRecord::outcome).toList());
    }

    @Test
    void aWrongNameIsRefused() throws Exception {
        Endpoint sys = endpoint("fixup-wrong-name", "sys", ConnectRole.SYSDBA);
        FixupPlan plan = fixups.plan(sys, run(sys), DICTIONARY, Cancellation.none());
        administrator();
        audit.entries.clear();
        for (String typed : new String[] { "HIS2", "his", "", null }) {
            FixupResult result = fixups.run(plan, typed, Cancellation.none());
            assertEquals(FixupResult.Outcome.REFUSED, result.outcome(), typed);
            assertEquals(FixupResult.REFUSED_CONFIRMATION, result.refusalKey(), typed);
            assertTrue(result.statements().isEmpty());
        }
        assertEquals(4, audit.snapshot().size());
        assertTrue(audit.snapshot().stream().allMatch(e -> e.outcome() == AuditOutcome.REFUSED));
    }

    @Test
    void aCheckWithoutFixupAndAScriptOnlyFixupAreRefused() throws Exception {
        Endpoint sys = endpoint("fixup-none", "sys", ConnectRole.SYSDBA);
        RunResult run = run(sys);
        administrator();

        FixupPlan none = fixups.plan(sys, run, "ora.upg.connect.role", Cancellation.none());
        assertFalse(none.runnable());
        assertEquals(FixupPlan.NO_FIXUP, none.refusalKey());
        assertTrue(none.statements().isEmpty());
        FixupResult refused = fixups.run(none, "HIS", Cancellation.none());
        assertEquals(FixupResult.Outcome.REFUSED, refused.outcome());
        assertEquals(FixupPlan.NO_FIXUP, refused.refusalKey());

        // utlrp.sql is a SQL*Plus script: shown, never sent over JDBC
        FixupPlan script = fixups.plan(sys, run, "ora.upg.invalid.objects", Cancellation.none());
        assertEquals(FixupPlan.MANUAL, script.refusalKey());
        assertEquals(List.of("@?/rdbms/admin/utlrp.sql"), script.shown());
        assertEquals(FixupPlan.MANUAL, fixups.run(script, "HIS", Cancellation.none()).refusalKey());

        // a passing check has nothing to fix either
        FixupPlan passed = fixups.plan(sys, run, "ora.upg.redo", Cancellation.none());
        assertEquals(FixupPlan.NO_FIXUP, passed.refusalKey());
    }

    @Test
    void aLoginWithoutThePrivilegeFailsAtTheStatementAndIsAudited() throws Exception {
        Endpoint normal = endpoint("fixup-normal", "hisops", ConnectRole.NORMAL);
        FixupPlan plan = fixups.plan(normal, run(normal), DICTIONARY, Cancellation.none());
        administrator();
        audit.entries.clear();
        FixupResult result = fixups.run(plan, "HIS", Cancellation.none());
        assertEquals(FixupResult.Outcome.FAILED, result.outcome(), result.toString());
        assertEquals("ORA-01031", result.statements().get(0).serverCode(), result.toString());
        List<AuditRecord> entries = audit.snapshot();
        assertEquals(AuditOutcome.FAILED, entries.get(1).outcome());
        assertTrue(entries.get(1).detail().contains("ORA-01031"), entries.get(1).detail());
        assertEquals(AuditOutcome.FAILED, entries.get(2).outcome());
        assertNotNull(result.after(), "the check is still shown afterwards");
    }

    /** An audit log that keeps its entries in a list. */
    static final class RecordingAudit implements AuditLog {
        final List<AuditRecord> entries = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void append(String siteId, String action, String target, AuditOutcome outcome, String detail) {
            entries.add(new AuditRecord(entries.size() + 1, java.time.Instant.now(), "dba-test", Role.ADMINISTRATOR,
                    siteId, action, target, outcome, detail));
        }

        List<AuditRecord> snapshot() {
            synchronized (entries) {
                // The platform appends its own role entries (sign-in, refusals) to the same log: only the fixups.
                return entries.stream().filter(e -> e.action().startsWith("checks.fixup")).toList();
            }
        }

        @Override
        public List<AuditRecord> latest(int limit) {
            return List.copyOf(entries);
        }

        @Override
        public Verification verify() {
            return new Verification(entries.size(), List.of(), List.of());
        }

        @Override
        public void exportCsv(Writer out, Locale locale) {
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> {
            };
        }
    }
}
