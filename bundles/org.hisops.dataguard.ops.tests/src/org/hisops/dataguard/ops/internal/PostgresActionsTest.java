package org.hisops.dataguard.ops.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.dataguard.api.ActionKind;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DrillFailure;
import org.hisops.dataguard.api.DrillKind;
import org.hisops.dataguard.api.DrillPlan;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.Role;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/**
 * Promote, pause/resume and drills through HisOps on real PostgreSQL 17 pairs: refusals (operator, wrong name,
 * live primary), a synchronous failover with a writer committing during the kill (no committed transaction lost),
 * an asynchronous pair cut from its standby under write load (the lost transactions counted, checked against the
 * new primary independently), the former primary re-cloned by the harness from the runbook and seen streaming, the
 * drill saved in the store and printed. Assertions are on states and counts, never on durations.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresActionsTest {

    @TempDir
    Path temp;

    private DatabaseSessions sessions;
    private CredentialStore credentials;
    private EndpointDirectory directory;
    private ReplicationMonitor monitor;
    private EmbeddedStore store;
    private ReportRenderer renderer;
    private final Fixtures.Access access = new Fixtures.Access();
    private final Fixtures.RecordingAudit audit = new Fixtures.RecordingAudit();
    private Actions actions;
    private ReplicationPair pair;
    private PostgresServer recloned;
    private String site;

    @BeforeAll
    void services() throws InterruptedException {
        sessions = Fixtures.service(DatabaseSessions.class);
        credentials = Fixtures.service(CredentialStore.class);
        directory = Fixtures.service(EndpointDirectory.class);
        monitor = Fixtures.service(ReplicationMonitor.class);
        store = Fixtures.service(EmbeddedStore.class);
        renderer = Fixtures.service(ReportRenderer.class);
        actions = new Actions(monitor, directory, sessions, access, () -> audit, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (recloned != null) {
            recloned.close();
            recloned = null;
        }
        if (pair != null) {
            pair.close();
        }
        if (site != null) {
            directory.endpoints(site).forEach(e -> directory.delete(e.id()));
        }
        access.role = Role.ADMINISTRATOR;
        audit.entries.clear();
    }

    private String pair(boolean synchronous, String name) throws Exception {
        pair = ReplicationPair.builder(temp.resolve(name)).synchronous(synchronous).build();
        site = "ops-" + name;
        save(site + "-primary", pair.primary(), RoleHint.PRIMARY);
        save(site + "-standby", pair.standby(), RoleHint.STANDBY);
        pair.primary().execute("CREATE TABLE visit (id int PRIMARY KEY, note text)");
        pair.primary().execute("INSERT INTO visit SELECT g, 'v' || g FROM generate_series(1, 1000) g");
        return site;
    }

    private void save(String id, PostgresServer server, RoleHint hint) throws Exception {
        credentials.store(id, server.superuserPassword().toCharArray());
        directory.save(Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(),
                AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withRoleHint(hint).withLimits(3, 3, 10));
    }

    private DrillRunner drills() {
        return new DrillRunner(monitor, directory, sessions, actions, access, () -> audit, Clock.systemUTC());
    }

    private static DrillFailure failure(ReplicationPair pair) {
        return new DrillFailure() {
            @Override
            public void cutNetwork() {
                pair.partition();
            }

            @Override
            public void losePrimary(DrillKind kind) {
                if (kind == DrillKind.PLANNED_SWITCHOVER) {
                    pair.primary().stop();
                } else {
                    pair.killPrimary();
                }
            }
        };
    }

    /** Counted by the test itself on the new primary, not by HisOps. */
    private long rowsOnNewPrimary(String drillId, long upTo) throws Exception {
        try (Connection c = pair.standby().connect("postgres"); PreparedStatement s = c.prepareStatement(
                "SELECT count(*) FROM hisops_drill.commit_log WHERE drill_id = ? AND seq BETWEEN 1 AND ?")) {
            s.setString(1, drillId);
            s.setLong(2, upTo);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    @Test
    void promoteIsRefusedForAnOperatorForAWrongNameAndBesideALivePrimary() throws Exception {
        String s = pair(true, "refusals");
        Runbook runbook = actions.plan(s, s + "-standby", ActionKind.PG_PROMOTE);
        assertEquals("postgres", runbook.confirmation());
        assertFalse(runbook.ready(), "the primary still runs");
        assertEquals(Gate.PRIMARY_RUNNING, runbook.blocking().get(0).precondition());
        assertTrue(runbook.steps().stream().anyMatch(st -> st.text().startsWith("SELECT pg_promote(true, 9)")),
                runbook.steps().toString());

        access.role = Role.OPERATOR;
        ActionResult operator = actions.run(runbook, "postgres", null, Cancellation.none());
        assertEquals(ActionResult.Outcome.REFUSED, operator.outcome());
        assertEquals("action.refused.role", operator.refusalKey());

        access.role = Role.ADMINISTRATOR;
        ActionResult wrongName = actions.run(runbook, "his", null, Cancellation.none());
        assertEquals("action.refused.confirmation", wrongName.refusalKey());

        ActionResult live = actions.run(runbook, "postgres", null, Cancellation.none());
        assertEquals("action.refused.readiness", live.refusalKey());
        assertEquals(Gate.PRIMARY_RUNNING, live.runbook().blocking().get(0).precondition());

        assertEquals("t", pair.standby().queryValue("SELECT pg_is_in_recovery()"), "nothing was promoted");
        List<AuditRecord> refusals = audit.with(ActionRunner.AUDIT_ACTION);
        assertEquals(3, refusals.size(), refusals.toString());
        assertTrue(refusals.stream().allMatch(r -> r.outcome() == AuditOutcome.REFUSED), refusals.toString());
    }

    @Test
    void pauseAndResumeReplayRunStepByStepAndAreAudited() throws Exception {
        String s = pair(false, "pause");
        Runbook pause = actions.plan(s, s + "-standby", ActionKind.PG_PAUSE_REPLAY);
        assertTrue(pause.ready(), pause.blocking().toString());
        ActionResult paused = actions.run(pause, "postgres", null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, paused.outcome(), paused.steps().toString());
        assertEquals("t", pair.standby().queryValue("SELECT pg_is_wal_replay_paused()"));

        ActionResult resumed = actions.run(actions.plan(s, s + "-standby", ActionKind.PG_RESUME_REPLAY), "postgres",
                null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, resumed.outcome(), resumed.steps().toString());
        assertEquals("f", pair.standby().queryValue("SELECT pg_is_wal_replay_paused()"));
        // start + 3 steps + outcome, twice
        assertEquals(10, audit.with(ActionRunner.AUDIT_ACTION).size(), audit.entries.toString());
        assertEquals(6, audit.with(ActionRunner.AUDIT_STEP).size());
    }

    @Test
    void synchronousFailoverUnderWriteLoadLosesNoCommittedTransactionAndTheOldPrimaryStreamsAgain() throws Exception {
        String s = pair(true, "sync");
        DrillRecord d = drills().run(new DrillPlan(s, s + "-standby", DrillKind.PRIMARY_KILLED,
                List.of("public.visit"), "postgres", true), failure(pair), null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, d.outcome(), d.timeline().toString());
        assertTrue(d.markerFound());
        assertTrue(d.committed() >= DrillRunner.WARM_UP_COMMITS, d.toString());
        assertEquals(0, d.lost(), d.toString());
        assertEquals(d.committed(), rowsOnNewPrimary(d.id(), d.committed()), "every acknowledged commit is there");
        assertNotNull(d.rto());
        assertEquals(1000L, d.rowCountsBefore().get("public.visit"));
        assertEquals(1000L, d.rowCountsAfter().get("public.visit"));
        assertTrue(audit.with(DrillRunner.AUDIT_DRILL).size() >= 2);
        assertTrue(audit.with(ActionRunner.AUDIT_STEP).size() >= 3, audit.entries.toString());

        // Saved and read back from the embedded store.
        DrillRepository repository = new DrillRepository(store, FrameworkUtil.getBundle(DrillRunner.class));
        repository.save(d);
        DrillRecord back = repository.find(d.id()).orElseThrow();
        assertEquals(d.rto(), back.rto());
        assertEquals(d.lost(), back.lost());
        assertEquals(d.timeline().size(), back.timeline().size());
        assertEquals(d.rowCountsAfter(), back.rowCountsAfter());
        assertTrue(repository.history(s).stream().anyMatch(r -> r.id().equals(d.id())));
        report(d, "sync");

        // The former primary comes back as a standby: the runbook names the real folder and ports, the harness
        // follows it, and HisOps sees it stream.
        Runbook rejoin = actions.rejoinRunbook(s, s + "-primary", s + "-standby");
        String commands = String.join("\n", rejoin.steps().stream().map(RunbookStep::text).toList());
        assertTrue(commands.contains("pg_basebackup -h 127.0.0.1 -p " + pair.standby().port()), commands);
        assertTrue(commands.contains(ReplicationPair.REPLICATION_USER), commands);
        assertTrue(rejoin.steps().stream().allMatch(st -> st.kind() == RunbookStep.Kind.SERVER));
        String slot = Planner.slotName(directory.find(s + "-primary").orElseThrow());
        assertTrue(commands.contains("-S " + slot), commands);
        recloned = pair.recloneFormerPrimary(slot);
        Optional<StandbyStatus> streaming = actions.confirmStreaming(s, s + "-primary", Duration.ofSeconds(60),
                Cancellation.none());
        assertTrue(streaming.isPresent(), "the re-cloned former primary streams from the new primary");
        assertEquals(s + "-standby", streaming.get().primaryId());
    }

    @Test
    void asynchronousNetworkCutUnderWriteLoadCountsTheLostTransactions() throws Exception {
        String s = pair(false, "async");
        DrillRecord d = drills().run(new DrillPlan(s, s + "-standby", DrillKind.NETWORK_CUT, List.of("public.visit"),
                "postgres", true), failure(pair), null, Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, d.outcome(), d.timeline().toString());
        assertTrue(d.markerFound());
        long there = rowsOnNewPrimary(d.id(), d.committed());
        assertTrue(d.lost() > 0, "commits after the cut never reached the standby: " + d);
        assertEquals(d.committed() - there, d.lost(), "HisOps counts exactly what the new primary lacks");
        assertTrue(d.lostWindow().compareTo(Duration.ZERO) >= 0);
        report(d, "async");
    }

    @Test
    void plannedSwitchoverStopsThePrimaryCleanlyAndLosesNothingEvenAsynchronously() throws Exception {
        String s = pair(false, "planned");
        DrillRecord d = drills().run(new DrillPlan(s, s + "-standby", DrillKind.PLANNED_SWITCHOVER,
                List.of("public.visit", "public.missing"), "postgres", true), failure(pair), null,
                Cancellation.none());
        assertEquals(ActionResult.Outcome.DONE, d.outcome(), d.timeline().toString());
        assertEquals(0, d.lost(), d.toString());
        assertEquals(-1L, d.rowCountsBefore().get("public.missing"), "a table that does not exist is marked");
    }

    @Test
    void anOperatorCannotRunADrill() throws Exception {
        String s = pair(false, "operator");
        access.role = Role.OPERATOR;
        org.junit.jupiter.api.Assertions.assertThrows(org.hisops.platform.api.AccessDeniedException.class,
                () -> drills().run(new DrillPlan(s, s + "-standby", DrillKind.PRIMARY_KILLED, List.of(), "postgres",
                        true), failure(pair), null, Cancellation.none()));
        assertTrue(pair.primary().isRunning(), "nothing was broken");
    }

    /** Writes the drill's report in Chinese (HTML and PDF) under target/ for the docs' screenshots. */
    private void report(DrillRecord d, String name) throws Exception {
        var report = DrillReport.of(d, Locale.SIMPLIFIED_CHINESE, Duration.ofMinutes(10));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.pdf(report, pdf);
        assertTrue(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        java.io.StringWriter html = new java.io.StringWriter();
        renderer.html(report, html);
        assertTrue(html.toString().contains("演练报告"), html.toString());
        Path out = Path.of(System.getProperty("user.dir"), "target", "drill-reports");
        Files.createDirectories(out);
        Files.write(out.resolve("drill-" + name + ".pdf"), pdf.toByteArray());
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("主备切换与故障切换演练报告"), text);
            assertFalse(text.contains("?"), "no character printed as a question mark: " + text);
            // The first page as a picture, for docs/screenshots.
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 110);
            javax.imageio.ImageIO.write(image, "png", out.resolve("drill-" + name + "-page1.png").toFile());
        }
        Files.writeString(out.resolve("drill-" + name + ".html"), html.toString(), StandardCharsets.UTF_8);
    }
}
