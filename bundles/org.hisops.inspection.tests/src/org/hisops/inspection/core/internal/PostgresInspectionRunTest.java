package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.inspection.api.ChangeKind;
import org.hisops.inspection.api.CheckOutcome;
import org.hisops.inspection.api.FindingChange;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.api.SiteSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PostgreSQL monthly list on a real PostgreSQL 17 with seeded problems (a long transaction, a table full of dead
 * rows, a replication slot whose standby stopped, a failing archive_command, connections near the limit); a run
 * stopped after its first check and resumed with nothing lost; sign-off; next month's run compared with it.
 * The methods build on each other, in order, like an inspector's month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresInspectionRunTest {

    private String SITE;
    private static final String LIST = "inspection.postgresql.monthly";

    @TempDir
    static Path temp;

    private Inspections inspections;
    private PostgresServer server;
    private Endpoint endpoint;
    private Connection longTransaction;
    private final List<Connection> held = new ArrayList<>();
    private long october;

    @BeforeAll
    void seed() throws Exception {
        inspections = Services.get(Inspections.class);
        // a site of its own, whose long-transaction threshold is 2 s so that the test need not wait five minutes
        AccessControl access = Services.get(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn("inspection-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "inspection-test-Pa55".toCharArray());
        }
        SITE = Services.get(SiteDirectory.class).create("Inspection PostgreSQL").id();
        Services.get(SiteSettings.class).set(SITE, "inspection.threshold.long.transaction.seconds", "2");
        access.signOut();
        server = PostgresServer.builder(temp.resolve("pg"), "inspection").setting("max_connections", "12")
                .setting("archive_mode", "on").setting("archive_command", "exit 1").build().start();
        Services.get(CredentialStore.class).store("insp-pg", server.superuserPassword().toCharArray());
        // one connection at a time: the order in which checks end is the list's order
        endpoint = Endpoint.of("insp-pg", SITE, "insp-pg", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withLimits(1, 5, 20);

        server.execute("CREATE TABLE his_orders (id int, note text) WITH (autovacuum_enabled = false)");
        server.execute("INSERT INTO his_orders SELECT g, 'new' FROM generate_series(1, 10000) g");
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("UPDATE his_orders SET note = 'billed'");
            s.execute("SELECT pg_stat_force_next_flush()");
        }
        server.execute("SELECT pg_create_physical_replication_slot('his_standby', true)");
        server.execute("SELECT pg_switch_wal()");
        longTransaction = server.connect("postgres");
        longTransaction.setAutoCommit(false);
        try (Statement s = longTransaction.createStatement()) {
            s.execute("SELECT txid_current()");
        }
        for (int i = 0; i < 6; i++) {
            held.add(server.connect("postgres"));
        }
        // the server's own state decides when the seeds are visible, not a sleep
        waitFor(() -> "t".equals(server.queryValue("SELECT n_dead_tup >= 10000 FROM pg_stat_user_tables "
                + "WHERE relname = 'his_orders'")));
        waitFor(() -> "t".equals(server.queryValue("SELECT failed_count > 0 FROM pg_stat_archiver")));
        waitFor(() -> "t".equals(server.queryValue("SELECT count(*) > 0 FROM pg_stat_activity "
                + "WHERE now() - xact_start > interval '3 seconds' AND backend_type = 'client backend'")));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 1200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
        }
        assertTrue(condition.getAsBoolean(), "the seeded problem did not show");
    }

    @AfterAll
    void stop() throws Exception {
        for (Connection c : held) {
            c.close();
        }
        if (longTransaction != null && !longTransaction.isClosed()) {
            longTransaction.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aRunStoppedAfterItsFirstCheckKeepsItAndResumesWithTheRest() throws Exception {
        InspectionRun run = inspections.start(SITE, LIST, List.of(endpoint), "Wang Li");
        inspections.answer(run.id(), ManualAnswer.passFail("ups.status", false, "battery alarm"));
        Cancellation stop = new Cancellation();
        List<String> told = new ArrayList<>();
        // like a crash or a closed window: the work stops after the first check has ended
        InspectionRun stopped = inspections.runChecks(run.id(), List.of(endpoint), new RunProgress() {
            @Override
            public void checkDone(CheckResult result, int done, int total) {
                told.add(result.checkId() + " " + result.status());
                stop.cancel();
            }
        }, stop);
        assertEquals(1, stopped.outcomes().size());
        assertEquals("pg.insp.database.size", stopped.outcomes().get(0).result().checkId());

        // read back from the store as a restarted product would
        InspectionRun reopened = inspections.load(run.id()).orElseThrow();
        assertEquals(stopped.outcomes(), reopened.outcomes());
        assertEquals(Boolean.FALSE, reopened.answers().get("ups.status").passed());
        assertEquals("battery alarm", reopened.answers().get("ups.status").note());
        CheckOutcome first = reopened.outcomes().get(0);

        InspectionRun resumed = inspections.runChecks(run.id(), List.of(endpoint), null, null);
        assertEquals(10, resumed.outcomes().size());
        assertEquals(first, resumed.outcome("insp-pg", "pg.insp.database.size").orElseThrow()); // not run again
        assertEquals(0, resumed.count(CheckStatus.FAILED), resumed.outcomes().toString());
        october = run.id();
    }

    private static List<Finding> findings(InspectionRun run, String check) {
        return run.outcome("insp-pg", check).orElseThrow().result().findings();
    }

    @Test
    @Order(2)
    void theSeededProblemsAreFound() throws Exception {
        InspectionRun run = inspections.load(october).orElseThrow();
        assertTrue(findings(run, "pg.insp.database.size").stream()
                .anyMatch(f -> f.subject().equals("postgres") && f.severity() == Severity.INFO));
        List<Finding> longOnes = findings(run, "pg.insp.long.transactions");
        assertEquals(1, longOnes.size(), longOnes.toString());
        assertEquals("postgres@postgres", longOnes.get(0).subject());
        assertEquals("idle in transaction", longOnes.get(0).arguments().get(3));
        assertEquals(List.of("public.his_orders", "10000", "50", "20"), findings(run, "pg.insp.dead.tuples").get(0)
                .arguments());
        assertEquals(List.of("VACUUM (VERBOSE, ANALYZE) public.his_orders"),
                findings(run, "pg.insp.dead.tuples").get(0).fixupStatements());
        Finding slot = findings(run, "pg.insp.replication.slots").get(0);
        assertEquals("his_standby", slot.subject());
        assertEquals(Severity.WARNING, slot.severity());
        Finding archive = findings(run, "pg.insp.archiver").get(0);
        assertEquals("finding.pg.archive.failing", archive.messageKey());
        assertEquals(Severity.ERROR, archive.severity());
        assertTrue(archive.arguments().get(0).matches("[0-9A-F]{24}"), archive.arguments().toString());
        Finding connections = findings(run, "pg.insp.connections").get(0);
        assertEquals("9", connections.arguments().get(1)); // 12 less the 3 reserved for superusers
        assertTrue(Integer.parseInt(connections.arguments().get(0)) >= 8, connections.arguments().toString());
        assertEquals(CheckStatus.PASS, run.outcome("insp-pg", "pg.insp.checkpoints").orElseThrow().result().status());
        // the slot's standby is gone: seen from the primary as a stopped standby
        Finding stopped = findings(run, "pg.insp.replication").get(0);
        assertEquals("finding.pg.standby.stopped", stopped.messageKey());
        assertEquals(List.of("his_standby"), stopped.arguments());
        assertEquals(Severity.ERROR, stopped.severity());
        // archive_mode on and no base backup ever taken: no backup history file
        assertEquals("finding.pg.base.backup.none", findings(run, "pg.insp.base.backup").get(0).messageKey());
        assertEquals(List.of("2"), findings(run, "pg.insp.long.transactions").get(0).arguments().subList(5, 6));
    }

    @Test
    @Order(3)
    void aSignedOffRunIsReadOnly() throws Exception {
        InspectionException noValue = assertThrows(InspectionException.class,
                () -> inspections.answer(october, new ManualAnswer("room.temperature", null, null, "", null)));
        assertEquals("error.value_needed", noValue.key());
        inspections.answer(october, ManualAnswer.value("room.temperature", 24.0, ""));
        assertEquals("error.no_inspector", assertThrows(InspectionException.class,
                () -> inspections.signOff(october, " ")).key());
        InspectionRun signed = inspections.signOff(october, "Wang Li");
        assertTrue(signed.signedOff());
        assertEquals("Wang Li", signed.signedBy());
        assertNotNull(signed.signedAt());
        assertEquals(Boolean.TRUE, signed.answers().get("room.temperature").passed());

        InspectionException refused = assertThrows(InspectionException.class,
                () -> inspections.answer(october, ManualAnswer.passFail("ups.status", true, "")));
        assertEquals("error.signed", refused.key());
        assertEquals("error.signed", assertThrows(InspectionException.class,
                () -> inspections.runChecks(october, List.of(endpoint), null, null)).key());
        assertEquals("error.signed", assertThrows(InspectionException.class,
                () -> inspections.signOff(october, "Someone Else")).key());
        InspectionRun after = inspections.load(october).orElseThrow();
        assertEquals(Boolean.FALSE, after.answers().get("ups.status").passed());
        assertEquals("Wang Li", after.signedBy());
    }

    @Test
    @Order(4)
    void nextMonthIsComparedWithThisOne() throws Exception {
        // October's run is moved into the previous calendar month, as if it had been done then
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusDays(3);
        try (Connection c = Services.get(EmbeddedStore.class).connection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE INSPECTION.RUN SET STARTED = ? WHERE RUN_ID = ?")) {
            ps.setObject(1, lastMonth.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
            ps.setLong(2, october);
            ps.executeUpdate();
        }
        // the DBA fixed two things: the abandoned slot is dropped, the long transaction ended
        server.execute("SELECT pg_drop_replication_slot('his_standby')");
        longTransaction.rollback();
        longTransaction.close();

        InspectionRun november = inspections.start(SITE, LIST, List.of(endpoint), "Wang Li");
        november = inspections.runChecks(november.id(), List.of(endpoint), null, null);
        inspections.answer(november.id(), ManualAnswer.passFail("ups.status", true, ""));
        inspections.answer(november.id(), ManualAnswer.value("room.temperature", 31.0, "air conditioner off"));

        RunComparison c = inspections.compareWithPreviousMonth(november.id());
        assertEquals(october, c.previousRunId());
        Set<String> resolved = Set.copyOf(c.changes().stream().filter(x -> x.kind() == ChangeKind.RESOLVED)
                .map(FindingChange::itemId).toList());
        // closing the long transaction's connection also took the connections below 80 %; with the slot dropped the
        // server has no replication left, so the stopped standby is resolved too
        assertEquals(Set.of("pg.insp.replication.slots", "pg.insp.replication", "pg.insp.long.transactions",
                "pg.insp.connections", "ups.status"), resolved);
        List<FindingChange> added = c.changes().stream().filter(x -> x.kind() == ChangeKind.NEW).toList();
        assertEquals(1, added.size(), c.changes().toString());
        assertEquals("room.temperature", added.get(0).itemId());
        assertEquals(List.of("room.temperature", "31.0", "\u00b0C", "air conditioner off"),
                added.get(0).after().arguments());
        // the history keeps both, newest first
        assertEquals(List.of(november.id(), october), inspections.history(SITE).stream().map(s -> s.id()).toList());
        assertEquals(0, inspections.compare(october, 0).previousRunId());
    }

    @Test
    @Order(5)
    void choosingASitesListsNeedsTheAdministrator() throws Exception {
        AccessControl access = Services.get(AccessControl.class);
        String site = Services.get(SiteDirectory.class).current().id();
        access.signOut();
        assertThrows(AccessDeniedException.class, () -> inspections.chooseChecklists(site, List.of(LIST)));
        assertEquals(3, inspections.siteChecklists(site).size());
        if (access.passwordSet()) {
            access.signIn("inspection-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "inspection-test-Pa55".toCharArray());
        }
        assertEquals("error.unknown_list", assertThrows(InspectionException.class,
                () -> inspections.chooseChecklists(site, List.of("no.such.list"))).key());
        inspections.chooseChecklists(site, List.of(LIST));
        assertEquals(List.of(LIST), inspections.siteChecklists(site).stream().map(l -> l.id()).toList());
        inspections.chooseChecklists(site, List.of());
        assertEquals(3, inspections.siteChecklists(site).size());
        access.signOut();
    }
}
