package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.AccessControl;
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
 * The PostgreSQL monthly list on a real PostgreSQL 17 primary + streaming standby (ReplicationPair), whose endpoints
 * are the site's, so the Data Guard console's monitor sees the pair: streaming at first, then the standby stopped,
 * which the primary shows through its idle slot and the console through the unreachable standby.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresReplicationInspectionTest {

    private static final String LIST = "inspection.postgresql.monthly";

    @TempDir
    static Path temp;

    private Inspections inspections;
    private ReplicationPair pair;
    private String site;
    private Endpoint primary;
    private Endpoint standby;

    @BeforeAll
    void pair() throws Exception {
        inspections = Services.get(Inspections.class);
        pair = ReplicationPair.builder(temp.resolve("pair")).build();
        pair.waitForStreaming(Duration.ofSeconds(60));
        AccessControl access = Services.get(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn("inspection-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "inspection-test-Pa55".toCharArray());
        }
        site = Services.get(SiteDirectory.class).create("Inspection standby").id();
        // every check reads the console afresh: no cycle is reused
        Services.get(SiteSettings.class).set(site, "inspection.threshold.dataguard.status.age.seconds", "0");
        primary = endpoint("insp-rep-primary", pair.primary(), RoleHint.PRIMARY);
        standby = endpoint("insp-rep-standby", pair.standby(), RoleHint.STANDBY);
        EndpointDirectory directory = Services.get(EndpointDirectory.class);
        directory.save(primary);
        directory.save(standby);
        access.signOut();
    }

    private Endpoint endpoint(String id, PostgresServer server, RoleHint hint) throws Exception {
        Services.get(CredentialStore.class).store(id, server.superuserPassword().toCharArray());
        return Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK, server.port(),
                AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withRoleHint(hint).withLimits(2, 5, 20);
    }

    @AfterAll
    void stop() {
        if (pair != null) {
            pair.close();
        }
    }

    private InspectionRun run(List<Endpoint> endpoints) throws Exception {
        InspectionRun started = inspections.start(site, LIST, endpoints, "Wang Li");
        return inspections.runChecks(started.id(), endpoints, null, null);
    }

    private static CheckResult result(InspectionRun run, Endpoint endpoint, String check) {
        return run.outcome(endpoint.id(), check).orElseThrow(() -> new AssertionError(check)).result();
    }

    @Test
    @Order(1)
    void aStreamingPairIsReportedAsItIs() throws Exception {
        InspectionRun run = run(List.of(primary, standby));
        assertEquals(0, run.count(CheckStatus.FAILED), run.outcomes().toString());

        CheckResult replication = result(run, primary, "pg.insp.replication");
        assertEquals(Severity.INFO, replication.severity(), replication.toString());
        Finding streaming = replication.findings().get(0);
        assertEquals("finding.pg.replication.streaming", streaming.messageKey());
        assertEquals(ReplicationPair.STANDBY_NAME, streaming.subject());
        assertEquals(CheckStatus.PASS, result(run, standby, "pg.insp.replication").status());

        CheckResult console = result(run, primary, "pg.insp.dataguard");
        assertEquals(Severity.INFO, console.severity(), console.toString());
        assertEquals("finding.dataguard.normal", console.findings().get(0).messageKey());
        assertEquals(standby.id(), console.findings().get(0).subject());
        assertEquals(Severity.INFO, result(run, standby, "pg.insp.dataguard").severity());

        // the pair's primary archives nothing: PostgreSQL keeps no backup history, the route is the backup tool's
        assertEquals("na.backup.archive.off", result(run, primary, "pg.insp.base.backup").reasonKey());
        assertEquals("na.backup.standby", result(run, standby, "pg.insp.base.backup").reasonKey());
    }

    @Test
    @Order(2)
    void aStoppedStandbyIsSeenFromThePrimaryAndByTheConsole() throws Exception {
        pair.stopStandby();
        InspectionRun run = run(List.of(primary));

        CheckResult replication = result(run, primary, "pg.insp.replication");
        assertEquals(Severity.ERROR, replication.severity(), replication.toString());
        assertEquals(List.of(List.of(ReplicationPair.STANDBY_NAME)),
                replication.findings().stream().map(Finding::arguments).toList());
        assertEquals("finding.pg.standby.stopped", replication.findings().get(0).messageKey());

        CheckResult console = result(run, primary, "pg.insp.dataguard");
        assertTrue(console.severity() == Severity.ERROR || console.severity() == Severity.WARNING,
                console.toString());
        Finding link = console.findings().get(0);
        assertEquals(DataGuardState.LINK_KEY, link.messageKey());
        assertEquals(standby.id(), link.subject());
        // the console's reason, in the reader's language, inside the inspection's sentence
        CheckCatalogue catalogue = Services.get(CheckRunner.class).catalogue(PostgresInspectionCatalogue.ID)
                .orElseThrow();
        String english = catalogue.message(Locale.ENGLISH, link);
        assertTrue(english.startsWith("Standby " + standby.id() + ": "), english);
        assertTrue(!english.contains("reason."), english);
        String chinese = catalogue.message(Locale.SIMPLIFIED_CHINESE, link);
        assertTrue(chinese.startsWith("\u5907\u5e93 " + standby.id()), chinese);
    }
}
