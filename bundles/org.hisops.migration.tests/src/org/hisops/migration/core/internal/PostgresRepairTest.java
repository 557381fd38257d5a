package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.RepairPlan;
import org.hisops.migration.api.RepairResult;
import org.hisops.migration.api.RepairResult.Outcome;
import org.hisops.migration.api.RepairScript;
import org.hisops.migration.api.Repairs;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * Applying a run's repair scripts through the real Repairs, broker, access control and a recording audit log, on a
 * real PostgreSQL 17 seeded as for the verification test: refused for an operator and for a wrong name with nothing
 * changed, a table whose script fails midway rolled back whole, then every seeded difference repaired with the
 * target's rows equal to the source's and the run afterwards all equal; the repaired run is superseded; a
 * read-only database, a real streaming standby and the emulated Oracle standby are refused in the plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresRepairTest {

    private static final String SITE = "repair-pg";
    /** The administrator password of this test runtime (one data folder for every test class). */
    static final String PASSWORD = "repair-admin-Pa55";
    /** The keyed tables of the seed that differ; their scripts are complete. */
    private static final List<String> REPAIRED = List.of("public.patient", "public.ORDERS", "public.lab_result",
            "public.wide");

    @TempDir
    static Path temp;

    private final RecordingAudit audit = new RecordingAudit();
    private ServiceRegistration<AuditLog> auditRegistration;
    private PostgresServer server;
    private Verifications verifications;
    private Repairs repairs;
    private AccessControl access;
    private EndpointDirectory directory;
    private CredentialStore credentials;
    private Endpoint source;
    private Endpoint target;
    private VerifyResult seeded;
    private VerifyResult afterRepair;

    @BeforeAll
    void seed() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        auditRegistration = Services.context().registerService(AuditLog.class, audit, props);
        verifications = Services.get(Verifications.class);
        repairs = Services.get(Repairs.class);
        access = Services.get(AccessControl.class);
        directory = Services.get(EndpointDirectory.class);
        credentials = Services.get(CredentialStore.class);
        server = PostgresServer.builder(temp.resolve("pg"), "repair").build().start();
        VerifySeed.seed(server);
        source = Endpoint.of("repair-src", SITE, "src", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "src", PostgresServer.SUPERUSER).withLimits(2, 10, 120);
        target = Endpoint.of("repair-dst", SITE, "dst", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "dst", PostgresServer.SUPERUSER).withLimits(2, 10, 120);
        for (Endpoint e : List.of(source, target)) {
            credentials.store(e.id(), server.superuserPassword().toCharArray());
            directory.save(e);
        }
        seeded = verify(source, target, VerifySeed.TABLES);
        assertEquals(TableStatus.DIFFERENT, seeded.worst());
    }

    @AfterAll
    void stop() {
        access.signOut();
        auditRegistration.unregister();
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void operator() {
        access.signOut();
        audit.clear();
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

    private VerifyResult verify(Endpoint from, Endpoint to, List<TablePair> tables) throws Exception {
        return verifications.verify(new VerifyRequest(from, to, tables,
                VerifyOptions.checksum().withSegments(1_000, 100).withRecheckDelay(Duration.ZERO)),
                VerifyListener.none(), Cancellation.none());
    }

    /** The table's rows as one MD5, in key order (-0 and 0 as the verification counts them: equal). */
    private String rows(String database, String table, String key) {
        String row = table.equals("patient")
                ? "(id, name, ward, balance, weight + 0, admitted, born, photo, note)::text"
                : "t::text";
        return server.queryValue(database, "SELECT md5(coalesce(string_agg(" + row + ", E'\\n' ORDER BY " + key
                + "), '')) FROM " + table + " t");
    }

    private String dstFingerprint() {
        return rows("dst", "patient", "id") + rows("dst", "orders", "visit_id, line_no")
                + rows("dst", "lab_result", "sample_code") + rows("dst", "wide", "id");
    }

    @Test
    @Order(1)
    void thePlanListsTheKeyedDifferingTablesAndTheNameToType() throws Exception {
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        assertTrue(plan.runnable(), plan.refusalKey() + " " + plan.refusalDetail());
        assertEquals("dst", plan.confirmation());
        assertEquals(target.id(), plan.targetId());
        // audit_note has no key (its rows are repaired by hand), empty_one is equal
        assertEquals(REPAIRED, plan.tables().stream().map(t -> t.pair().label()).toList());
        assertEquals(7, plan.tables().get(0).differences());
        assertEquals(7 + 2 + 2 + 1, plan.statementCount());
        assertEquals(List.of(), plan.warnings());
        RepairPlan one = repairs.plan(seeded.runId(), List.of("public.wide"), Cancellation.none());
        assertEquals(List.of("public.wide"), one.tables().stream().map(t -> t.pair().label()).toList());
        // the first table asked for alone: the tables after it in the run stay out of the plan
        RepairPlan first = repairs.plan(seeded.runId(), List.of(REPAIRED.get(0)), Cancellation.none());
        assertEquals(List.of(REPAIRED.get(0)), first.tables().stream().map(t -> t.pair().label()).toList());
        RepairPlan none = repairs.plan(seeded.runId(), List.of("public.empty_one", "public.audit_note"),
                Cancellation.none());
        assertFalse(none.runnable());
        assertEquals("repair.refused.nothing", none.refusalKey());
        assertTrue(audit.entries().isEmpty(), "a plan changes nothing and is not an action");
    }

    @Test
    @Order(2)
    void anOperatorIsRefusedAndAudited() throws Exception {
        String before = dstFingerprint();
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        RepairResult result = repairs.apply(plan, "dst", Cancellation.none());
        assertEquals(Outcome.REFUSED, result.outcome());
        assertEquals(RepairResult.REFUSED_ROLE, result.refusalKey());
        assertTrue(result.tables().isEmpty());
        assertNull(result.after());
        assertEquals(before, dstFingerprint());
        // the platform audits the denied role itself (role.denied); the repair adds its own refusal
        List<AuditRecord> all = audit.entries();
        assertTrue(all.stream().anyMatch(e -> e.action().equals("role.denied")
                && e.target().equals("migration.repair")), all.toString());
        List<AuditRecord> entries = all.stream().filter(e -> e.action().startsWith("migration.")).toList();
        assertEquals(1, entries.size(), entries.toString());
        assertEquals("migration.repair", entries.get(0).action());
        assertEquals(AuditOutcome.REFUSED, entries.get(0).outcome());
        assertEquals(SITE, entries.get(0).siteId());
        assertEquals("repair-dst run " + seeded.runId(), entries.get(0).target());
        assertTrue(entries.get(0).detail().startsWith(RepairResult.REFUSED_ROLE), entries.get(0).detail());
    }

    @Test
    @Order(3)
    void aWrongNameIsRefusedAndNothingChanges() throws Exception {
        String before = dstFingerprint();
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        administrator();
        audit.clear();
        for (String typed : new String[] { "DST", "src", "", null }) {
            RepairResult result = repairs.apply(plan, typed, Cancellation.none());
            assertEquals(Outcome.REFUSED, result.outcome(), typed);
            assertEquals(RepairResult.REFUSED_CONFIRMATION, result.refusalKey(), typed);
            assertTrue(result.tables().isEmpty());
        }
        assertEquals(before, dstFingerprint());
        assertEquals(4, audit.entries().size());
        assertTrue(audit.entries().stream().allMatch(e -> e.outcome() == AuditOutcome.REFUSED));
    }

    @Test
    @Order(4)
    void aTableWhoseScriptFailsMidwayIsRolledBackWhole() throws Exception {
        // added after the verification: the target now refuses the repair of patient 100's name
        server.execute("dst", "ALTER TABLE patient ADD CONSTRAINT no_old_names CHECK (name <> '患者100') NOT VALID");
        try {
            String before = dstFingerprint();
            RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
            List<String> script = plan.tables().get(0).script().statements();
            int failing = indexOf(script, "'患者100'");
            assertTrue(failing > 0, "the failing statement is not the first: " + failing);
            administrator();
            audit.clear();
            RepairResult result = repairs.apply(plan, "dst", Cancellation.none());
            assertEquals(Outcome.FAILED, result.outcome());
            assertEquals(4, result.tables().size());
            RepairResult.TableOutcome patient = result.tables().get(0);
            assertFalse(patient.done());
            assertEquals("23514", patient.serverCode());
            assertTrue(patient.detail().contains("no_old_names"), patient.detail());
            assertEquals(0, patient.statements());
            for (RepairResult.TableOutcome rest : result.tables().subList(1, 4)) {
                assertFalse(rest.done());
                assertEquals("not run", rest.detail());
            }
            assertNull(result.after(), "nothing was committed, so nothing is verified again");
            assertEquals(before, dstFingerprint(), "the statements before the failing one were rolled back");
            assertEquals("0", server.queryValue("dst", "SELECT count(*) FROM patient WHERE id = 17"));
            List<AuditRecord> entries = audit.entries();
            assertEquals(List.of("migration.repair", "migration.repair.table", "migration.repair"),
                    entries.stream().map(AuditRecord::action).toList(), entries.toString());
            assertEquals(List.of(AuditOutcome.SUCCESS, AuditOutcome.FAILED, AuditOutcome.FAILED),
                    entries.stream().map(AuditRecord::outcome).toList());
            assertTrue(entries.get(1).detail().contains("rolled back at statement " + (failing + 1) + " of "
                    + script.size() + " -> 23514"), entries.get(1).detail());
            assertFalse(entries.get(1).detail().contains("患者100"), "no patient data in the audit log");
            assertTrue(entries.get(2).detail().startsWith("outcome: FAILED, 0 of 4"), entries.get(2).detail());
        } finally {
            server.execute("dst", "ALTER TABLE patient DROP CONSTRAINT no_old_names");
        }
    }

    private static int indexOf(List<String> statements, String part) {
        for (int i = 0; i < statements.size(); i++) {
            if (statements.get(i).contains(part)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @Order(5)
    void aCancelledRepairChangesNothing() throws Exception {
        String before = dstFingerprint();
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        administrator();
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        RepairResult result = repairs.apply(plan, "dst", cancelled);
        assertEquals(Outcome.CANCELLED, result.outcome());
        assertTrue(result.tables().stream().noneMatch(RepairResult.TableOutcome::done));
        assertNull(result.after());
        assertEquals(before, dstFingerprint());
    }

    @Test
    @Order(6)
    void anAdministratorRepairsEverySeededDifference() throws Exception {
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        administrator();
        audit.clear();
        RepairResult result = repairs.apply(plan, " dst ", Cancellation.none());
        assertEquals(Outcome.DONE, result.outcome(), result.tables().toString());
        assertNull(result.refusalKey());
        assertEquals(4, result.tables().size());
        assertTrue(result.tables().stream().allMatch(RepairResult.TableOutcome::done), result.tables().toString());
        assertEquals(7, result.tables().get(0).statements());
        afterRepair = result.after();
        assertNotNull(afterRepair);
        assertNotEquals(seeded.runId(), afterRepair.runId());
        assertTrue(afterRepair.allEqual(), afterRepair.tables().toString());
        assertEquals(REPAIRED, afterRepair.tables().stream().map(t -> t.pair().label()).toList());
        // the target's rows are the source's, whatever the engine's own comparison says
        assertEquals(rows("src", "patient", "id"), rows("dst", "patient", "id"));
        assertEquals(rows("src", "orders", "visit_id, line_no"), rows("dst", "orders", "visit_id, line_no"));
        assertEquals(rows("src", "lab_result", "sample_code"), rows("dst", "lab_result", "sample_code"));
        assertEquals(rows("src", "wide", "id"), rows("dst", "wide", "id"));
        assertEquals("患者100", server.queryValue("dst", "SELECT name FROM patient WHERE id = 100"));
        assertEquals(server.queryValue("src", "SELECT photo::text FROM patient WHERE id = 19999"),
                server.queryValue("dst", "SELECT photo::text FROM patient WHERE id = 19999"));
        assertEquals(server.queryValue("src", "SELECT admitted::text FROM patient WHERE id = 12345"),
                server.queryValue("dst", "SELECT admitted::text FROM patient WHERE id = 12345"));
        assertEquals(null, server.queryValue("dst", "SELECT note FROM patient WHERE id = 14"));

        List<AuditRecord> entries = audit.entries();
        List<String> actions = new ArrayList<>(List.of("migration.repair"));
        REPAIRED.forEach(t -> actions.add("migration.repair.table"));
        actions.add("migration.repair");
        assertEquals(actions, entries.stream().map(AuditRecord::action).toList(), entries.toString());
        assertTrue(entries.stream().allMatch(e -> e.outcome() == AuditOutcome.SUCCESS), entries.toString());
        assertTrue(entries.get(0).detail().startsWith("started: 4 tables, 12 statements, run " + seeded.runId()),
                entries.get(0).detail());
        assertEquals("public.patient: 7 statements committed", entries.get(1).detail());
        assertTrue(entries.get(5).detail().contains("verified afterwards: run " + afterRepair.runId()
                + ", all equal"), entries.get(5).detail());
    }

    @Test
    @Order(7)
    void theRepairedRunIsSupersededAndRefused() throws Exception {
        RepairPlan plan = repairs.plan(seeded.runId(), List.of(), Cancellation.none());
        assertFalse(plan.runnable());
        assertEquals("repair.refused.superseded", plan.refusalKey());
        assertTrue(plan.refusalDetail().contains("public.patient: run " + afterRepair.runId()),
                plan.refusalDetail());
        // a plan shown before the repair is checked again when applied
        RepairPlan stale = new RepairPlan(plan.runId(), plan.targetId(), plan.tables(), "dst", List.of(), null, "");
        administrator();
        audit.clear();
        RepairResult result = repairs.apply(stale, "dst", Cancellation.none());
        assertEquals(Outcome.REFUSED, result.outcome());
        assertEquals("repair.refused.superseded", result.refusalKey());
        assertEquals(AuditOutcome.REFUSED, audit.entries().get(0).outcome());
    }

    @Test
    @Order(8)
    void aReadOnlyDatabaseIsRefusedInThePlan() throws Exception {
        server.execute("dst", "UPDATE patient SET ward = 'W0' WHERE id = 10");
        VerifyResult run = verify(source, target, VerifySeed.TABLES.subList(0, 1));
        assertEquals(TableStatus.DIFFERENT, run.worst());
        server.execute("ALTER DATABASE dst SET default_transaction_read_only = on");
        try {
            Services.get(DatabaseSessions.class).forget(target.id()); // new sessions start with the setting
            RepairPlan plan = repairs.plan(run.runId(), List.of(), Cancellation.none());
            assertEquals("repair.refused.read-only", plan.refusalKey(), plan.refusalDetail());
            assertEquals("dst", plan.confirmation());
        } finally {
            server.execute("ALTER DATABASE dst RESET default_transaction_read_only");
            Services.get(DatabaseSessions.class).forget(target.id());
        }
        assertTrue(repairs.plan(run.runId(), List.of(), Cancellation.none()).runnable());
    }

    @Test
    @Order(9)
    void anUnreachableTargetIsRefusedWithTheProblem() throws Exception {
        server.execute("dst", "UPDATE patient SET ward = 'W9' WHERE id = 11");
        VerifyResult run = verify(source, target, VerifySeed.TABLES.subList(0, 1));
        credentials.store(target.id(), "not-the-password".toCharArray());
        try {
            Services.get(DatabaseSessions.class).forget(target.id());
            RepairPlan plan = repairs.plan(run.runId(), List.of(), Cancellation.none());
            assertEquals("repair.refused.unreachable", plan.refusalKey());
            assertTrue(plan.refusalDetail().startsWith("WRONG_PASSWORD 28P01"), plan.refusalDetail());
            assertFalse(plan.refusalDetail().contains(server.superuserPassword()));
        } finally {
            credentials.store(target.id(), server.superuserPassword().toCharArray());
        }
    }

    @Test
    @Order(10)
    void aStreamingStandbyIsRefusedInThePlan() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp.resolve("pair")).synchronous(false).build()) {
            pair.waitForStreaming(Duration.ofSeconds(60));
            server.execute("src", "CREATE TABLE ward (id int PRIMARY KEY, name text)");
            server.execute("src", "INSERT INTO ward VALUES (1, '内科'), (2, '外科')");
            pair.primary().createDatabase("dst");
            pair.primary().execute("dst", "CREATE TABLE ward (id int PRIMARY KEY, name text)");
            pair.primary().execute("dst", "INSERT INTO ward VALUES (1, '内科'), (2, '儿科')");
            pair.waitForReplay(Duration.ofSeconds(60));
            Endpoint standby = Endpoint.of("repair-standby", SITE, "standby", "HIS", Engine.POSTGRESQL,
                    PostgresServer.LOOPBACK, pair.standby().port(), AddressKind.DATABASE, "dst",
                    PostgresServer.SUPERUSER).withLimits(2, 10, 60);
            credentials.store(standby.id(), pair.standby().superuserPassword().toCharArray());
            directory.save(standby);
            VerifyResult run = verify(source, standby, List.of(TablePair.same("public", "ward")));
            assertEquals(TableStatus.DIFFERENT, run.worst(), run.tables().toString());
            RepairPlan plan = repairs.plan(run.runId(), List.of(), Cancellation.none());
            assertEquals("repair.refused.standby", plan.refusalKey());
            assertTrue(plan.refusalDetail().contains("pg_is_in_recovery() true"), plan.refusalDetail());
            administrator();
            audit.clear();
            RepairResult refused = repairs.apply(plan, "dst", Cancellation.none());
            assertEquals(Outcome.REFUSED, refused.outcome());
            assertEquals("repair.refused.standby", refused.refusalKey());
            assertEquals("儿科", pair.standby().queryValue("dst", "SELECT name FROM ward WHERE id = 2"));
        }
    }

    /** A finished run of an Oracle target, stored as a verification of it would store it (the stand-in has no
     * DBMS_CRYPTO, so no verification runs against it). */
    private String storedOracleRun(Endpoint oracle) throws Exception {
        VerifyStore store = new VerifyStore(Services.get(EmbeddedStore.class), Services.context().getBundle());
        String runId = UUID.randomUUID().toString();
        TablePair pair = new TablePair("public", "patient", "HIS", "PATIENT");
        store.create(runId, source.id(), oracle.id(), VerificationsComponent.Options.write(VerifyOptions.checksum()),
                Instant.now(), List.of(pair));
        store.result(runId, 0, new TableResult(pair, TableStatus.DIFFERENT, ComparedBy.KEY_RANGES, 10, 10, 1, 1, 1,
                0, List.of(), List.of("ID", "NAME"), List.of("ID"), List.of(), null, null,
                new RepairScript(Engine.ORACLE, List.of("UPDATE \"HIS\".\"PATIENT\" SET \"NAME\" = '患者1' WHERE "
                        + "\"ID\" = 1"), true)));
        store.finished(runId, Instant.now());
        return runId;
    }

    private Endpoint emulated(String id, String service, String user, ConnectRole role, String scenario)
            throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        Endpoint e = new Endpoint(id, SITE, id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME,
                service, user, role, RoleHint.PRIMARY, null, 2, 5, 10, scenario);
        directory.save(e);
        return e;
    }

    @Test
    @Order(11)
    void theEmulatedOracleAnswersTheConfirmationAndTheStandbyRead() throws Exception {
        Endpoint primary = emulated("repair-oracle-10g", "HIS", "hisops", ConnectRole.NORMAL, "his-10g");
        RepairPlan plan = repairs.plan(storedOracleRun(primary), List.of(), Cancellation.none());
        assertTrue(plan.runnable(), plan.refusalKey() + " " + plan.refusalDetail());
        assertEquals("HIS", plan.confirmation(), "V$DATABASE.NAME of the stand-in");
        assertEquals(List.of("repair.warning.emulated"), plan.warnings());

        Endpoint standby = emulated("repair-oracle-standby", "hisdg", "sys", ConnectRole.SYSDBA, "his-11g-standby");
        RepairPlan refused = repairs.plan(storedOracleRun(standby), List.of(), Cancellation.none());
        assertEquals("repair.refused.standby", refused.refusalKey(), refused.refusalDetail());
        assertTrue(refused.refusalDetail().startsWith("DATABASE_ROLE PHYSICAL STANDBY"), refused.refusalDetail());
        assertTrue(refused.warnings().contains("repair.warning.emulated"));
    }

    @Test
    @Order(12)
    void anUnfinishedOrUnknownRunIsRefusedAndAnIncompleteScriptIsSaid() throws Exception {
        Cancellation stopped = new Cancellation();
        stopped.cancel();
        VerifyResult cut = verifications.verify(new VerifyRequest(source, target, VerifySeed.TABLES.subList(0, 1),
                VerifyOptions.checksum()), VerifyListener.none(), stopped);
        assertNull(cut.finished());
        assertEquals("repair.refused.unfinished", repairs.plan(cut.runId(), List.of(), Cancellation.none())
                .refusalKey());
        org.hisops.migration.api.VerificationException unknown = org.junit.jupiter.api.Assertions.assertThrows(
                org.hisops.migration.api.VerificationException.class,
                () -> repairs.plan("no-such-run", List.of(), Cancellation.none()));
        assertEquals("unknown-run", unknown.code());
        // patients 10 and 11 differ (tests 8 and 9); only one row is kept, so the script covers one of two
        VerifyResult kept = verifications.verify(new VerifyRequest(source, target, VerifySeed.TABLES.subList(0, 1),
                new VerifyOptions(org.hisops.migration.api.VerifyMode.CHECKSUM, 100, true, 1_000, 100, Duration.ZERO,
                        1, 1, 1)), VerifyListener.none(), Cancellation.none());
        assertEquals(2, kept.tables().get(0).differencesFound());
        RepairPlan plan = repairs.plan(kept.runId(), List.of(), Cancellation.none());
        assertTrue(plan.runnable(), plan.refusalKey() + " " + plan.refusalDetail());
        assertEquals(List.of("repair.warning.incomplete"), plan.warnings());
        assertEquals(1, plan.statementCount());
    }

    /** An audit log that keeps entries in memory, ranked above any other so the component binds it. */
    private static final class RecordingAudit implements AuditLog {
        private final List<AuditRecord> entries = new ArrayList<>();

        @Override
        public synchronized void append(String siteId, String action, String target, AuditOutcome outcome,
                String detail) {
            entries.add(new AuditRecord(entries.size() + 1, Instant.now(), "test", Role.OPERATOR, siteId, action,
                    target, outcome, detail));
        }

        synchronized List<AuditRecord> entries() {
            return List.copyOf(entries);
        }

        synchronized void clear() {
            entries.clear();
        }

        @Override
        public synchronized List<AuditRecord> latest(int limit) {
            return entries.subList(Math.max(0, entries.size() - limit), entries.size());
        }

        @Override
        public Verification verify() {
            return new Verification(entries.size(), List.of(), List.of());
        }

        @Override
        public void exportCsv(Writer out, Locale locale) {
            throw new UnsupportedOperationException();
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> { };
        }
    }
}
