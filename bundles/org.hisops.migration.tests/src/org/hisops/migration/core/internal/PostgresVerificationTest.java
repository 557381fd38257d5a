package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification on a real PostgreSQL 17: database {@code src} and its copy {@code dst} with seeded differences in
 * every kind of column (inserted, deleted and updated rows; NULLs, Chinese text, numeric precision, timestamps with
 * zones, bytea, an 80-column table, a composite key, a table without a key). Every seeded difference is found and
 * nothing else; the generated repair script, applied to {@code dst}, makes every table equal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresVerificationTest {

    private static final String SITE = "verify-pg";

    @TempDir
    static Path temp;

    private PostgresServer server;
    private Verifications verifications;
    private Endpoint source;
    private Endpoint target;
    private VerifyResult first;

    private static final List<TablePair> TABLES = VerifySeed.TABLES;

    @BeforeAll
    void seed() throws Exception {
        verifications = Services.get(Verifications.class);
        server = PostgresServer.builder(temp.resolve("pg"), "verify").build().start();
        VerifySeed.seed(server);
        CredentialStore credentials = Services.get(CredentialStore.class);
        EndpointDirectory directory = Services.get(EndpointDirectory.class);
        source = Endpoint.of("verify-src", SITE, "src", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "src", PostgresServer.SUPERUSER).withLimits(2, 10, 120);
        target = Endpoint.of("verify-dst", SITE, "dst", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "dst", PostgresServer.SUPERUSER).withLimits(2, 10, 120);
        for (Endpoint e : List.of(source, target)) {
            credentials.store(e.id(), server.superuserPassword().toCharArray());
            directory.save(e);
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private VerifyOptions options() {
        // small segments and leaves, so bisection and several segments per table are exercised
        return VerifyOptions.checksum().withSegments(1_000, 100).withRecheckDelay(Duration.ZERO);
    }

    private static TableResult table(VerifyResult r, String name) {
        return r.tables().stream().filter(t -> t.pair().sourceTable().equalsIgnoreCase(name)).findFirst()
                .orElseThrow();
    }

    private static Map<String, RowDifference.Kind> byKey(TableResult t) {
        Map<String, RowDifference.Kind> map = new TreeMap<>();
        for (RowDifference d : t.differences()) {
            map.put(String.join("/", d.key()), d.kind());
        }
        return map;
    }

    @Test
    @Order(1)
    void findsEverySeededDifferenceAndNothingElse() throws Exception {
        List<TableResult> seen = new ArrayList<>();
        first = verifications.verify(new VerifyRequest(source, target, TABLES, options()), new VerifyListener() {
            @Override
            public void table(TableResult result) {
                seen.add(result);
            }
        }, Cancellation.none());
        assertEquals(TABLES.size(), seen.size());
        assertNotNull(first.finished());
        assertTrue(first.sourceSnapshot().startsWith("snapshot "), first.sourceSnapshot());

        TableResult patient = table(first, "patient");
        assertEquals(TableStatus.DIFFERENT, patient.status(), patient.toString());
        assertEquals(ComparedBy.KEY_RANGES, patient.comparedBy());
        assertTrue(patient.segments() > 10, "segments: " + patient.segments());
        assertEquals(Map.of("17", RowDifference.Kind.MISSING_IN_TARGET, "20001", RowDifference.Kind.EXTRA_IN_TARGET,
                "14", RowDifference.Kind.CHANGED, "100", RowDifference.Kind.CHANGED, "5000",
                RowDifference.Kind.CHANGED, "12345", RowDifference.Kind.CHANGED, "19999", RowDifference.Kind.CHANGED),
                byKey(patient));
        RowDifference chinese = patient.differences().stream().filter(d -> d.key().equals(List.of("100")))
                .findFirst().orElseThrow();
        assertEquals(List.of("name"), chinese.changedColumns());
        assertEquals("患者100", chinese.sourceValues().get(1));
        assertEquals("患者一〇〇", chinese.targetValues().get(1));
        RowDifference nullNote = patient.differences().stream().filter(d -> d.key().equals(List.of("14")))
                .findFirst().orElseThrow();
        assertEquals(null, nullNote.sourceValues().get(8));
        assertEquals("x", nullNote.targetValues().get(8));
        RowDifference money = patient.differences().stream().filter(d -> d.key().equals(List.of("5000")))
                .findFirst().orElseThrow();
        assertEquals("6250", money.sourceValues().get(3));
        assertEquals("6250.01", money.targetValues().get(3));
        RowDifference zone = patient.differences().stream().filter(d -> d.key().equals(List.of("12345")))
                .findFirst().orElseThrow();
        assertEquals("2024-01-09 13:45:00Z", zone.sourceValues().get(5));
        assertEquals("2024-01-09 13:45:01Z", zone.targetValues().get(5));

        TableResult orders = table(first, "ORDERS");
        assertEquals(Map.of("2000/3", RowDifference.Kind.MISSING_IN_TARGET, "10/1", RowDifference.Kind.CHANGED),
                byKey(orders));
        assertEquals(List.of("visit_id", "line_no"), orders.keyColumns());

        TableResult lab = table(first, "lab_result");
        assertEquals(Map.of("S000042", RowDifference.Kind.CHANGED, "S004999", RowDifference.Kind.CHANGED),
                byKey(lab));

        TableResult wide = table(first, "wide");
        assertEquals(Map.of("2999", RowDifference.Kind.CHANGED), byKey(wide));
        assertEquals(List.of("c77"), wide.differences().get(0).changedColumns());
        assertTrue(wide.rules().contains("wide-per-column-hash"), wide.rules().toString());

        TableResult notes = table(first, "audit_note");
        assertEquals(ComparedBy.NO_KEY_FALLBACK, notes.comparedBy());
        assertEquals(TableStatus.DIFFERENT, notes.status());
        assertEquals(2, notes.differencesFound());
        Set<RowDifference.Kind> kinds = new TreeSet<>();
        notes.differences().forEach(d -> kinds.add(d.kind()));
        assertEquals(Set.of(RowDifference.Kind.MISSING_IN_TARGET, RowDifference.Kind.EXTRA_IN_TARGET), kinds);

        TableResult empty = table(first, "empty_one");
        assertEquals(TableStatus.EQUAL, empty.status(), empty.problem() + " " + empty.problemMessage());
        assertEquals(TableStatus.DIFFERENT, first.worst());

        String json = verifications.json(first);
        assertTrue(json.contains("\"status\":\"DIFFERENT\"") && json.contains("患者一〇〇"), json);
        assertFalse(json.contains(server.superuserPassword()));
        var report = verifications.report(first, Locale.SIMPLIFIED_CHINESE);
        assertEquals("数据校验", report.title());
    }

    @Test
    @Order(2)
    void repairScriptMakesTheKeyedTablesEqual() throws Exception {
        try (Connection c = server.connect("dst"); Statement s = c.createStatement()) {
            for (TableResult t : first.tables()) {
                if (t.comparedBy() == ComparedBy.KEY_RANGES && t.repair() != null) {
                    assertTrue(t.repair().complete());
                    for (String statement : t.repair().statements()) {
                        s.execute(statement);
                    }
                }
            }
            // the keyless table is repaired by hand, as its script says
            s.execute("DELETE FROM audit_note WHERE who = 'intruder'");
            s.execute("INSERT INTO audit_note VALUES ('user3', '操作 3')");
        }
        VerifyResult again = verifications.verify(new VerifyRequest(source, target, TABLES, options()),
                VerifyListener.none(), Cancellation.none());
        for (TableResult t : again.tables()) {
            assertEquals(TableStatus.EQUAL, t.status(), t.pair().label() + ": " + t.differences());
        }
        assertTrue(again.allEqual());
    }

    @Test
    @Order(3)
    void countAndSampleModes() throws Exception {
        try (Connection c = server.connect("dst"); Statement s = c.createStatement()) {
            s.execute("DELETE FROM patient WHERE id = 333");
        }
        VerifyResult counts = verifications.verify(new VerifyRequest(source, target, TABLES.subList(0, 1),
                options().withMode(VerifyMode.COUNT, 100)), VerifyListener.none(), Cancellation.none());
        TableResult patient = counts.tables().get(0);
        assertEquals(ComparedBy.COUNT_ONLY, patient.comparedBy());
        assertEquals(TableStatus.DIFFERENT, patient.status());
        assertEquals(20000, patient.sourceRows());
        assertEquals(19999, patient.targetRows());
        VerifyResult sample = verifications.verify(new VerifyRequest(source, target, TABLES.subList(0, 1),
                options().withMode(VerifyMode.SAMPLE, 30)), VerifyListener.none(), Cancellation.none());
        TableResult sampled = sample.tables().get(0);
        assertTrue(sampled.segmentsCompared() < sampled.segments(), sampled.segmentsCompared() + "/"
                + sampled.segments());
        assertTrue(sampled.rules().contains("sample-30-percent"));
        // put the row back from the source's values
        String row = server.queryValue("src", "SELECT format('INSERT INTO patient VALUES (%s, %L, %L, %s, %s, %L, "
                + "%L, %L, %L)', id, name, ward, balance, weight, admitted, born, photo, note) FROM patient "
                + "WHERE id = 333");
        server.execute("dst", row);
    }

    @Test
    @Order(4)
    void cancelledRunIsResumedWithoutLosingFinishedTables() throws Exception {
        try (Connection c = server.connect("dst"); Statement s = c.createStatement()) {
            s.execute("UPDATE orders SET item = '改' WHERE visit_id = 2500 AND line_no = 2");
        }
        Cancellation cancel = new Cancellation();
        int[] segmentsSeen = new int[1];
        VerifyOptions one = options().withParallelism(1, 1);
        VerifyResult cut = verifications.verify(new VerifyRequest(source, target, TABLES.subList(0, 2), one),
                new VerifyListener() {
                    @Override
                    public void segment(TablePair pair, int done, int total) {
                        if (++segmentsSeen[0] == 5) {
                            cancel.cancel(); // the first table is cut after five segments
                        }
                    }
                }, cancel);
        assertEquals(null, cut.finished());
        assertTrue(cut.tables().stream().anyMatch(t -> t.status() == TableStatus.CANCELLED));
        assertTrue(verifications.unfinished().contains(cut.runId()));
        int[] resumedSegments = new int[1];
        VerifyResult resumed = verifications.resume(cut.runId(), new VerifyListener() {
            @Override
            public void segment(TablePair pair, int done, int total) {
                resumedSegments[0]++;
            }
        }, Cancellation.none());
        assertNotNull(resumed.finished());
        assertEquals(TableStatus.EQUAL, resumed.tables().get(0).status());
        TableResult orders = resumed.tables().get(1);
        assertEquals(Map.of("2500/2", RowDifference.Kind.CHANGED), byKey(orders));
        assertEquals(20000, resumed.tables().get(0).sourceRows(), "segments kept from before the cut count too");
        assertFalse(verifications.unfinished().contains(cut.runId()));
        assertTrue(verifications.find(cut.runId()).orElseThrow().tables().get(1).status() == TableStatus.DIFFERENT);
    }

    @Test
    @Order(5)
    void aMissingTableAndAWrongPasswordFailWithTheirProblem() throws Exception {
        VerifyResult r = verifications.verify(new VerifyRequest(source, target,
                List.of(TablePair.same("public", "no_such_table"), TABLES.get(5)), options()), VerifyListener.none(),
                Cancellation.none());
        assertEquals(TableStatus.FAILED, r.tables().get(0).status());
        assertEquals(DbProblem.NO_SUCH_VIEW, r.tables().get(0).problem());
        assertEquals(TableStatus.EQUAL, r.tables().get(1).status());
        Endpoint wrong = Endpoint.of("verify-wrong", SITE, "wrong", "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "dst", PostgresServer.SUPERUSER);
        Services.get(CredentialStore.class).store(wrong.id(), "not-the-password".toCharArray());
        VerifyResult refused = verifications.verify(new VerifyRequest(source, wrong, TABLES.subList(5, 6),
                options()), VerifyListener.none(), Cancellation.none());
        assertEquals(TableStatus.FAILED, refused.tables().get(0).status());
        assertEquals(DbProblem.WRONG_PASSWORD, refused.tables().get(0).problem());
    }

    @Test
    @Order(6)
    void theVerifyCommandRunsHeadlessWithAnExitCodeAndReports() throws Exception {
        org.hisops.cli.api.CliCommand command = Services.context().getServiceReferences(
                org.hisops.cli.api.CliCommand.class, "(component.name=" + VerifyCommand.class.getName() + ")").stream()
                .map(r -> Services.context().getService(r)).findFirst().orElseThrow();
        try (Connection c = server.connect("dst"); Statement s = c.createStatement()) {
            s.execute("UPDATE wide SET c3 = 'cli' WHERE id = 7");
        }
        Path json = temp.resolve("verify.json");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = command.run(invocation(List.of("--source", "verify-src", "--target", "verify-dst", "--json",
                json.toString(), "--html", temp.resolve("verify.html").toString(), "public.wide", "public.empty_one"),
                out, err));
        assertEquals(org.hisops.cli.api.ExitCodes.ERROR, code, err.toString());
        assertTrue(java.nio.file.Files.readString(json).contains("\"changed\":[\"c3\"]"));
        assertTrue(java.nio.file.Files.readString(temp.resolve("verify.html")).contains("数据校验"));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("public.wide：不一致，差异行 1 行"),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
        org.junit.jupiter.api.Assertions.assertThrows(org.hisops.cli.api.CliUsageException.class, () -> command.run(
                invocation(List.of("--source", "verify-src", "--target", "verify-dst", "wide"), out, err)));
    }

    @Test
    @Order(7)
    void theVerifyCommandTakesEndpointsTablesAndModeFromAProjectAndNotesItsRuns() throws Exception {
        org.hisops.cli.api.CliCommand command = Services.context().getServiceReferences(
                org.hisops.cli.api.CliCommand.class, "(component.name=" + VerifyCommand.class.getName() + ")").stream()
                .map(r -> Services.context().getService(r)).findFirst().orElseThrow();
        org.hisops.migration.api.MigrationProjects projects =
                Services.get(org.hisops.migration.api.MigrationProjects.class);
        // wide differs since the test before (c3 of row 7); counts are equal on both sides
        org.hisops.migration.api.MigrationProject project = projects.save(
                new org.hisops.migration.api.MigrationProject(null, SITE, "校验 wide", source.id(), "public", target.id(), "public", "wid?, empty_*", "", List.of(),
                VerifyMode.COUNT, 100, null));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();

        assertEquals(org.hisops.cli.api.ExitCodes.OK, command.run(invocation(List.of("--project", "校验 wide"), out,
                err)), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        String countRun = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
        VerifyResult counted = verifications.find(countRun).orElseThrow();
        assertTrue(counted.tables().stream().allMatch(t -> t.comparedBy() == ComparedBy.COUNT_ONLY),
                "the project's mode");
        assertEquals(List.of("empty_one", "wide"), counted.tables().stream().map(t -> t.pair().sourceTable())
                .sorted().toList());

        // an option given overrides the project's: checksums find the changed row
        out.reset();
        assertEquals(org.hisops.cli.api.ExitCodes.ERROR, command.run(invocation(List.of("--project", "校验 wide",
                "--mode", "checksum"), out, err)), err.toString(java.nio.charset.StandardCharsets.UTF_8));
        String checksumRun = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();

        List<org.hisops.migration.api.MigrationProjects.ProjectRun> runs = projects.runs(project.id());
        assertEquals(List.of(checksumRun, countRun), runs.stream()
                .map(org.hisops.migration.api.MigrationProjects.ProjectRun::runId).toList(), "newest first");
        assertEquals(List.of("DIFFERENT", "EQUAL"), runs.stream()
                .map(org.hisops.migration.api.MigrationProjects.ProjectRun::summary).toList());

        // a project the site does not have: exit 65 naming the ones it has
        err.reset();
        assertEquals(org.hisops.cli.api.ExitCodes.DATA, command.run(invocation(List.of("--project", "nope"), out,
                err)));
        assertTrue(err.toString(java.nio.charset.StandardCharsets.UTF_8).contains("校验 wide"),
                err.toString(java.nio.charset.StandardCharsets.UTF_8));
        projects.delete(project.id());
        assertTrue(verifications.find(countRun).isPresent(), "deleting a project leaves the history alone");
    }

    private org.hisops.cli.api.CliInvocation invocation(List<String> arguments, java.io.ByteArrayOutputStream out,
            java.io.ByteArrayOutputStream err) {
        org.hisops.platform.api.Site site = new org.hisops.platform.api.Site(SITE, SITE, null);
        return new org.hisops.cli.api.CliInvocation() {
            @Override
            public java.io.InputStream in() {
                return java.io.InputStream.nullInputStream();
            }

            @Override
            public void requireCapability(org.hisops.platform.api.Site s, String capabilityId)
                    throws org.hisops.cli.api.CliRefusedException {
                try {
                    Services.get(org.hisops.platform.api.CapabilityRegistry.class).require(s.id(), capabilityId);
                } catch (org.hisops.platform.api.CapabilityRefusedException e) {
                    throw new org.hisops.cli.api.CliRefusedException(e.reason().name(),
                            org.hisops.cli.api.ExitCodes.UNAVAILABLE);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public List<String> arguments() {
                return arguments;
            }

            @Override
            public java.io.PrintStream out() {
                return new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public java.io.PrintStream err() {
                return new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
            }

            @Override
            public Locale locale() {
                return Locale.SIMPLIFIED_CHINESE;
            }

            @Override
            public Cancellation cancellation() {
                return Cancellation.none();
            }

            @Override
            public Path workingDirectory() {
                return temp;
            }

            @Override
            public List<org.hisops.platform.api.Site> sites() {
                return List.of(site);
            }

            @Override
            public org.hisops.platform.api.Site site(String idOrName) {
                return site;
            }

            @Override
            public List<Endpoint> endpoints(org.hisops.platform.api.Site s) {
                return List.of(source, target);
            }

            @Override
            public Endpoint endpoint(org.hisops.platform.api.Site s, String idOrName) {
                return idOrName.equals(source.id()) ? source : target;
            }
        };
    }

    @Test
    @Order(20)
    void twoSchemasOfOneEndpointShareItsConnectionLimit() throws Exception {
        // source and target are one endpoint with a limit of 2: two sessions per side would be 4
        server.execute("src", "CREATE SCHEMA twin; CREATE TABLE twin.patient AS SELECT * FROM public.patient; "
                + "ALTER TABLE twin.patient ADD PRIMARY KEY (id); DELETE FROM twin.patient WHERE id = 4242");
        VerifyResult r = verifications.verify(new VerifyRequest(source, source,
                List.of(new TablePair("public", "patient", "twin", "patient")), options().withParallelism(2, 2)),
                VerifyListener.none(), Cancellation.none());
        TableResult t = r.tables().get(0);
        assertEquals(TableStatus.DIFFERENT, t.status(), t.problem() + " " + t.problemMessage());
        assertEquals(1, t.differencesFound());
        assertEquals(Map.of("4242", RowDifference.Kind.MISSING_IN_TARGET), byKey(t));

        // a limit of 1 cannot give each side a session: said at once, in the reader's language, nothing stored
        Endpoint single = source.withLimits(1, 10, 120);
        VerificationException refused = org.junit.jupiter.api.Assertions.assertThrows(VerificationException.class,
                () -> verifications.verify(new VerifyRequest(single, single,
                        List.of(new TablePair("public", "patient", "twin", "patient")), options()),
                        VerifyListener.none(), Cancellation.none()));
        assertEquals("same-endpoint-limit", refused.code());
        String zh = org.hisops.platform.api.BundleTexts.of(VerificationsComponent.class).format(
                java.util.Locale.SIMPLIFIED_CHINESE, "error." + refused.code(), refused.getMessage());
        assertTrue(zh.contains("src") && zh.contains("\u8fde\u63a5\u6570\u4e0a\u9650"), zh);
    }

}
