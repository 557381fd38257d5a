package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyListener;
import org.hisops.cli.api.ExitCodes;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyMode;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPreflight;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL -> PostgreSQL on two real PostgreSQL 17 servers: a HIS-like schema (patients, orders, LIS results with
 * Chinese text, numeric precision, timestamps with zones, bytea, NULLs, a composite key, a sequence, a table
 * without a key) copied equal; the target killed mid-copy and the run resumed with no row lost or doubled; rows the
 * target refuses isolated and reported.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PostgresCopyTest {

    @TempDir
    static Path temp;

    private PostgresServer source;
    private PostgresServer target;
    private CopyService copy;
    private Endpoint sourceEndpoint;
    private Endpoint targetEndpoint;

    @BeforeAll
    void servers() throws Exception {
        source = PostgresServer.builder(temp, "copy-source").build().start();
        target = PostgresServer.builder(temp, "copy-target").build().start();
        source.createDatabase("his");
        target.createDatabase("his");
        try (Connection c = source.connect("his"); Statement s = c.createStatement()) {
            s.execute(HIS_SCHEMA);
        }
        copy = Services.get(CopyService.class);
        AccessControl access = Services.get(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn("copy-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "copy-test-Pa55".toCharArray());
        }
        String site = Services.get(SiteDirectory.class).create("Copy test").id();
        sourceEndpoint = endpoint("copy-pg-source", site, source);
        targetEndpoint = endpoint("copy-pg-target", site, target);
        access.signOut();
    }

    /** A copy changes a database: every test but the refusals' runs as administrator. */
    @org.junit.jupiter.api.BeforeEach
    void administrator() throws Exception {
        Services.get(AccessControl.class).signIn("copy-test-Pa55".toCharArray());
    }

    @Test
    @Order(0)
    void anOperatorIsRefusedAndThePreflightShowsWhatTheCopyWouldChange() throws Exception {
        AccessControl access = Services.get(AccessControl.class);
        access.signOut();
        CopyException denied = assertThrows(CopyException.class, () -> copy.start(request("his_denied",
                List.of("lab_fee")), CopyListener.NONE, Cancellation.none()));
        assertEquals(CopyService.ACCESS_DENIED, denied.code());
        assertTrue(CopyTexts.problem(Locale.SIMPLIFIED_CHINESE, denied).contains("管理员"));
        assertEquals("0", target.queryValue("his", "SELECT count(*) FROM pg_namespace WHERE nspname = 'his_denied'"));

        // operators may look before an administrator confirms
        target.execute("his", "CREATE SCHEMA his_pre; CREATE TABLE his_pre.lab_fee (x int)");
        CopyPreflight preflight = copy.preflight(request("his_pre", List.of("lab_fee", "patient")),
                Cancellation.none());
        assertEquals("his", preflight.targetDatabase());
        assertEquals(List.of("lab_fee", "patient"), preflight.tables());
        assertEquals(List.of("lab_fee"), preflight.existingTables());
        assertFalse(preflight.targetStandby());
        assertFalse(preflight.targetReadOnly());
        assertFalse(preflight.sourceEmulated());
        assertEquals(List.of(CopyService.TARGET_EXISTS), preflight.refusals().stream()
                .map(CopyPreflight.Refusal::code).toList());
        assertTrue(preflight.confirmedBy(" his "));
        assertFalse(preflight.confirmedBy("HIS"));

        // the command line: no confirmation, a wrong one, no password, a wrong password -> 77, nothing written
        String site = sourceEndpoint.siteId();
        List<String> base = List.of("--site", site, "--source", sourceEndpoint.id(), "--source-schema", "his",
                "--target", targetEndpoint.id(), "--target-schema", "his_cli", "--tables", "lab_fee");
        Invocation none = new Invocation(Locale.ENGLISH, base.toArray(String[]::new));
        assertEquals(ExitCodes.NOT_PERMITTED, CopyCommandTest.command().run(none));
        assertTrue(none.err.toString(StandardCharsets.UTF_8).contains("Confirm with --confirm his"),
                none.err.toString(StandardCharsets.UTF_8));
        Invocation wrong = new Invocation(Locale.ENGLISH, with(base, "--confirm", "postgres",
                "--admin-password-stdin")).stdin("copy-test-Pa55\n");
        assertEquals(ExitCodes.NOT_PERMITTED, CopyCommandTest.command().run(wrong));
        Invocation noPassword = new Invocation(Locale.ENGLISH, with(base, "--confirm", "his"));
        assertEquals(ExitCodes.NOT_PERMITTED, CopyCommandTest.command().run(noPassword));
        Invocation badPassword = new Invocation(Locale.ENGLISH, with(base, "--confirm", "his",
                "--admin-password-stdin")).stdin("not-the-password\n");
        assertEquals(ExitCodes.NOT_PERMITTED, CopyCommandTest.command().run(badPassword));
        assertFalse(badPassword.err.toString(StandardCharsets.UTF_8).contains("not-the-password"));
        assertEquals("0", target.queryValue("his", "SELECT count(*) FROM pg_namespace WHERE nspname = 'his_cli'"));

        // confirmed with the password on standard input: copied, verified, signed out again
        Invocation confirmed = new Invocation(Locale.ENGLISH, with(base, "--confirm", "his",
                "--admin-password-stdin")).stdin("copy-test-Pa55\r\n");
        int code = CopyCommandTest.command().run(confirmed);
        String printed = confirmed.out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.WARNING, code, printed + confirmed.err.toString(StandardCharsets.UTF_8));
        assertTrue(printed.contains("lab_fee: DONE_WITH_REJECTS") || printed.contains("DONE_WITH_REJECTS"), printed);
        assertEquals(org.hisops.platform.api.Role.OPERATOR, access.role());
    }

    private static String[] with(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Endpoint endpoint(String id, String site, PostgresServer server) throws Exception {
        Services.get(CredentialStore.class).store(id, server.superuserPassword().toCharArray());
        Endpoint endpoint = Endpoint.of(id, site, id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "his", PostgresServer.SUPERUSER).withLimits(4, 10, 60);
        Services.get(EndpointDirectory.class).save(endpoint);
        return endpoint;
    }

    @AfterAll
    void stop() {
        if (source != null) {
            source.close();
        }
        if (target != null) {
            target.close();
        }
    }

    /** A HIS-like schema, filled on the server from generate_series (the same rows on every machine). */
    static final String HIS_SCHEMA = """
            CREATE SCHEMA his;
            CREATE SEQUENCE his.seq_patient START 100000;
            CREATE TABLE his.patient (
                patient_id bigint PRIMARY KEY DEFAULT nextval('his.seq_patient'),
                name varchar(40) NOT NULL,
                gender char(1) CHECK (gender IN ('M', 'F')),
                birth date,
                id_card varchar(18) UNIQUE,
                registered timestamptz DEFAULT now(),
                photo bytea,
                balance numeric(12,2));
            COMMENT ON TABLE his.patient IS '患者主索引';
            COMMENT ON COLUMN his.patient.name IS '姓名';
            INSERT INTO his.patient (patient_id, name, gender, birth, id_card, registered, photo, balance)
            SELECT i, (ARRAY['张伟','王芳','李娜','刘洋','陈静'])[1 + i % 5] || i,
                   CASE WHEN i % 7 = 0 THEN NULL WHEN i % 2 = 0 THEN 'F' ELSE 'M' END,
                   DATE '1940-01-01' + (i * 37) % 30000,
                   CASE WHEN i % 11 = 0 THEN NULL ELSE 'ID' || lpad(i::text, 16, '0') END,
                   TIMESTAMPTZ '2020-01-01 08:00:00+08' + i * INTERVAL '17 minutes 3.123456 seconds',
                   CASE WHEN i % 5 = 0 THEN NULL ELSE decode(md5(i::text), 'hex') END,
                   round((i * 3.7) % 100000, 2) - 500
            FROM generate_series(1, 20000) i;
            SELECT setval('his.seq_patient', 120000);
            CREATE TABLE his.orders (
                order_id bigint PRIMARY KEY,
                patient_id bigint NOT NULL REFERENCES his.patient (patient_id),
                item text,
                qty numeric(10,3),
                ordered_at timestamp(3),
                status smallint CHECK (status BETWEEN 0 AND 9));
            CREATE INDEX orders_patient ON his.orders (patient_id);
            CREATE INDEX orders_item_lower ON his.orders (lower(item));
            INSERT INTO his.orders
            SELECT i, 1 + i % 20000,
                   CASE WHEN i % 13 = 0 THEN NULL
                        WHEN i % 17 = 0 THEN E'注射用青霉素\\t(皮试)\\n备注: C:\\\\drugs'
                        ELSE '阿莫西林胶囊 ' || i % 97 END,
                   (i % 1000) / 7.0, TIMESTAMP '2023-03-01 00:00:00' + i * INTERVAL '1 minute 0.5 seconds',
                   i % 10
            FROM generate_series(1, 60000) i;
            CREATE TABLE his.lis_result (
                sample_no varchar(20),
                item_code varchar(10),
                seq integer,
                result_text text,
                value numeric(18,6),
                unit varchar(16),
                reported_at timestamptz,
                PRIMARY KEY (sample_no, item_code, seq));
            INSERT INTO his.lis_result
            SELECT 'S' || lpad((i / 8)::text, 9, '0'), (ARRAY['WBC','RBC','HGB','PLT','血糖','ALT','肌酐','K+'])[1 + i % 8],
                   i % 3,
                   CASE WHEN i % 9 = 0 THEN NULL ELSE (ARRAY['白细胞计数偏高','红细胞正常','血红蛋白','血小板减少'])[1 + i % 4] END,
                   CASE WHEN i % 10 = 0 THEN NULL ELSE (i % 100000) / 1000.0 + 0.000001 * (i % 7) END,
                   (ARRAY['10^9/L','g/L','mmol/L','U/L'])[1 + i % 4],
                   TIMESTAMPTZ '2024-06-01 00:00:00+00' + i * INTERVAL '11 seconds'
            FROM generate_series(1, 50000) i;
            CREATE TABLE his.audit_note (note text, noted_at timestamptz);
            INSERT INTO his.audit_note SELECT '操作记录 ' || i, TIMESTAMPTZ '2024-01-01 00:00:00+08' + i * INTERVAL '1 hour'
            FROM generate_series(1, 3000) i;
            CREATE TABLE his.big (id bigint PRIMARY KEY, payload text NOT NULL);
            INSERT INTO his.big SELECT i, repeat(md5(i::text), 4) FROM generate_series(1, 200000) i;
            CREATE TABLE his.lab_fee (fee_id integer PRIMARY KEY, code varchar(10), amount numeric(10,2));
            INSERT INTO his.lab_fee SELECT i, 'F' || i, i % 500 FROM generate_series(1, 10000) i;
            UPDATE his.lab_fee SET amount = -amount - 1 WHERE fee_id IN (7, 4000, 9999);
            ALTER TABLE his.lab_fee ADD CONSTRAINT lab_fee_amount CHECK (amount >= 0) NOT VALID;
            """;

    private CopyRequest request(String targetSchema, List<String> tables) {
        return CopyRequest.of(sourceEndpoint.id(), "his", targetEndpoint.id(), targetSchema).withTables(tables)
                .withBatchRows(5000);
    }

    @Test
    @Order(1)
    void aHisSchemaIsCopiedEqualWithKeysIndexesSequencesAndComments() throws Exception {
        List<String> tables = List.of("patient", "orders", "lis_result", "audit_note");
        CopyPlan plan = copy.plan(request("his", tables), Cancellation.none());
        assertEquals(List.of("audit_note", "lis_result", "orders", "patient"),
                plan.tables().stream().map(CopyPlan.TablePlan::source).toList());
        assertTrue(plan.notes().stream().anyMatch(n -> n.code().equals("index-expression-copied")), plan.notes()::toString);
        assertTrue(plan.notes().stream().anyMatch(n -> n.code().equals("no-key-restart")
                && n.object().equals("audit_note")));
        assertEquals(List.of("sample_no", "item_code", "seq"), plan.tables().get(1).key());

        CopyRun run = copy.start(request("his", tables), CopyListener.NONE, Cancellation.none());

        assertEquals(CopyRun.RunState.DONE, run.state(), run::toString);
        // verified at the end, checksum mode, by the verification engine of org.hisops.migration.core
        assertEquals(CopyRun.VerificationStatus.EQUAL, run.verification().status(), run.verification()::detail);
        assertTrue(Services.get(Verifications.class).find(run.verification().runId()).orElseThrow().allEqual());
        for (TableCopy t : run.tables()) {
            assertEquals(TableCopy.TableState.DONE, t.state(), t::toString);
            assertTrue(t.countsAddUp(), t::toString);
            assertEquals(0, t.rejected());
            assertEquals(t.sourceRows(), t.streamed());
            assertEquals(t.sourceRows(), count(target, "his." + t.target()));
        }
        assertEquals(20000, run.table("patient").orElseThrow().targetRows());
        for (String table : tables) {
            assertEquals(digest(source, table), digest(target, table), table);
        }
        // keys, indexes, sequence position, comments
        assertEquals("120000", target.queryValue("his", "SELECT last_value FROM his.seq_patient"));
        assertEquals("3", target.queryValue("his", "SELECT count(*) FROM pg_constraint c JOIN pg_namespace n "
                + "ON n.oid = c.connamespace WHERE n.nspname = 'his' AND c.contype = 'p' AND c.conrelid::regclass::text "
                + "IN ('his.patient', 'his.orders', 'his.lis_result')"));
        assertEquals("t", target.queryValue("his", "SELECT convalidated FROM pg_constraint WHERE conname = 'orders_patient_id_fkey'"));
        assertEquals("2", target.queryValue("his", "SELECT count(*) FROM pg_indexes WHERE schemaname = 'his' "
                + "AND indexname IN ('orders_patient', 'orders_item_lower')"));
        assertEquals("\u60a3\u8005\u4e3b\u7d22\u5f15", target.queryValue("his", "SELECT obj_description('his.patient'::regclass, 'pg_class')"));
        assertEquals("\u59d3\u540d", target.queryValue("his", "SELECT col_description('his.patient'::regclass, 2)"));
        // the default still draws from the copied sequence
        target.execute("his", "INSERT INTO his.patient (name) VALUES ('new')");
        assertEquals("120001", target.queryValue("his", "SELECT max(patient_id) FROM his.patient"));
        // a run is kept: read back from the store, and shown by the command line
        assertEquals(run.tables(), copy.run(run.id()).orElseThrow().tables());
        Invocation cli = new Invocation(Locale.ENGLISH, "--resume", Long.toString(run.id()));
        assertEquals(0, CopyCommandTest.command().run(cli));
        String printed = cli.out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("Copy run " + run.id() + ": DONE"), printed);
        assertTrue(printed.contains("patient: DONE, source 20000 rows, target 20000, rejected 0"), printed);
        assertTrue(printed.contains("Verification (checksums): every copied table is equal in source and target"),
                printed);
    }

    @Test
    @Order(4)
    void aTargetKilledMidCopyResumesWithNoRowLostOrDoubled() throws Exception {
        AtomicBoolean killed = new AtomicBoolean();
        AtomicLong resumedAt = new AtomicLong(-1);
        CopyListener killer = new CopyListener() {
            @Override
            public void rowsCommitted(String table, long rows) {
                // SIGKILL while the worker writes: progress-driven, not timed
                if (table.equals("big") && rows >= 60_000 && killed.compareAndSet(false, true)) {
                    target.kill();
                }
            }
        };
        CopyRequest request = request("his_kill", List.of("big", "lis_result")).withBatchRows(2000);
        CopyRun first;
        try {
            first = copy.start(request, killer, Cancellation.none());
        } finally {
            if (killed.get()) {
                target.start(); // crash recovery; whatever the first attempt reported
            }
        }
        assertTrue(killed.get());
        long runId = first.id();
        CopyRun interrupted = copy.run(runId).orElseThrow();
        assertTrue(interrupted.state() == CopyRun.RunState.FAILED || interrupted.state() == CopyRun.RunState.INTERRUPTED,
                interrupted::toString);
        assertEquals(TableCopy.TableState.FAILED, interrupted.table("big").orElseThrow().state());
        assertTrue(interrupted.table("big").orElseThrow().problem().startsWith("CONNECTION_LOST"),
                interrupted.table("big").orElseThrow()::toString);

        CopyRun resumed = copy.resume(runId, new CopyListener() {
            @Override
            public void tableStarted(String table, long sourceRows, long alreadyInTarget) {
                if (table.equals("big")) {
                    resumedAt.set(alreadyInTarget);
                }
            }
        }, Cancellation.none());

        assertEquals(CopyRun.RunState.DONE, resumed.state(), resumed::toString);
        TableCopy big = resumed.table("big").orElseThrow();
        assertEquals(2, big.attempts());
        assertTrue(resumedAt.get() > 0 && resumedAt.get() < 200_000, "resumed after " + resumedAt.get());
        // a resumed table reads only what the target lacks
        assertTrue(big.streamed() < 200_000 + 200_000, big::toString);
        assertEquals(200_000, big.targetRows());
        assertTrue(big.countsAddUp());
        assertEquals("200000", target.queryValue("his", "SELECT count(DISTINCT id) FROM his_kill.big"));
        assertEquals("200000", target.queryValue("his", "SELECT count(*) FROM his_kill.big"));
        assertEquals(digest(source, "big"), digestIn(target, "his_kill", "big"));
        assertEquals(digest(source, "lis_result"), digestIn(target, "his_kill", "lis_result"));
        assertEquals("t", target.queryValue("his", "SELECT count(*) = 1 FROM pg_constraint WHERE conrelid = 'his_kill.big'::regclass AND contype = 'p'"));
    }

    @Test
    @Order(2)
    void rowsTheTargetRefusesAreIsolatedAndReportedWithTheirReason() throws Exception {
        CopyRun run = copy.start(request("his_bad", List.of("lab_fee")).withBatchRows(4096), CopyListener.NONE,
                Cancellation.none());

        assertEquals(CopyRun.RunState.DONE_WITH_REJECTS, run.state(), run::toString);
        TableCopy fee = run.table("lab_fee").orElseThrow();
        assertEquals(10_000, fee.sourceRows());
        assertEquals(9_997, fee.targetRows());
        assertEquals(3, fee.rejected());
        assertTrue(fee.countsAddUp());
        List<CopyReject> rejects = copy.rejects(run.id(), "lab_fee", 100);
        assertEquals(List.of("fee_id=4000", "fee_id=7", "fee_id=9999"),
                rejects.stream().map(CopyReject::key).sorted().toList());
        for (CopyReject reject : rejects) {
            assertEquals("check", reject.reason());
            assertEquals("23514", reject.sqlState());
            assertTrue(reject.message().contains("lab_fee_amount"), reject.message());
        }
        assertEquals("breaks a check constraint", CopyTexts.reason(Locale.ENGLISH, rejects.get(0)));
        assertEquals("\u8fdd\u53cd\u68c0\u67e5\u7ea6\u675f", CopyTexts.reason(Locale.SIMPLIFIED_CHINESE, rejects.get(0)));
        assertTrue(run.notes().stream().map(MappingNote::code).toList().contains("check-not-validated"));
        assertEquals("0", target.queryValue("his", "SELECT count(*) FROM his_bad.lab_fee WHERE amount < 0"));
        // the verification at the end finds exactly the refused rows, as missing in the target
        assertEquals(CopyRun.VerificationStatus.DIFFERENT, run.verification().status(), run.verification()::detail);
        TableResult verified = Services.get(Verifications.class).find(run.verification().runId()).orElseThrow()
                .tables().get(0);
        assertEquals(fee.rejected(), verified.differencesFound());
        assertEquals(List.of("4000", "7", "9999"), verified.differences().stream()
                .filter(d -> d.kind() == RowDifference.Kind.MISSING_IN_TARGET).map(d -> d.key().get(0)).sorted()
                .toList());
        // and the command line lists the table in the reader's language
        Invocation shown = new Invocation(Locale.SIMPLIFIED_CHINESE, "--resume", Long.toString(run.id()));
        assertEquals(ExitCodes.WARNING, CopyCommandTest.command().run(shown));
        String printed = shown.out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("lab_fee\uff1a3 \u884c\u4e0d\u4e00\u81f4\uff0c\u5176\u4e2d 3 \u884c"
                + "\u5728\u76ee\u6807\u7aef\u7f3a\u5931"), printed);
    }

    @Test
    @Order(5)
    void withoutTheVerificationEngineTheRunSaysItWasNotRun() throws Exception {
        org.osgi.framework.Bundle engine = java.util.Arrays.stream(Services.context().getBundles())
                .filter(b -> b.getSymbolicName().equals("org.hisops.migration.core")).findFirst().orElseThrow();
        engine.stop();
        try {
            CopyRun run = copy.start(request("his_noverify", List.of("lab_fee")), CopyListener.NONE,
                    Cancellation.none());
            assertEquals(CopyRun.VerificationStatus.NOT_RUN_ENGINE_NOT_INSTALLED, run.verification().status());
            assertEquals(null, run.verification().runId());
        } finally {
            engine.start();
        }
    }

    @Test
    @Order(3)
    void aTargetTableThatExistsAlreadyIsRefusedBeforeAnythingIsWritten() throws Exception {
        target.execute("his", "CREATE SCHEMA IF NOT EXISTS his_taken; CREATE TABLE his_taken.patient (x int)");
        CopyException refused = assertThrows(CopyException.class, () -> copy.start(
                request("his_taken", List.of("patient", "orders")), CopyListener.NONE, Cancellation.none()));
        assertEquals("copy.problem.target-exists", refused.code());
        assertTrue(CopyTexts.problem(Locale.SIMPLIFIED_CHINESE, refused).contains("his_taken"));
        assertEquals("0", target.queryValue("his", "SELECT count(*) FROM pg_tables WHERE schemaname = 'his_taken' "
                + "AND tablename = 'orders'"));
    }

    @Test
    @Order(6)
    void aProjectGivesTheCopyItsEndpointsSchemasAndTablesAndListsItsRuns() throws Exception {
        MigrationProjects projects = Services.get(MigrationProjects.class);
        String site = sourceEndpoint.siteId();
        // p* and o* take patient and orders; orders is left out again: the copy takes patient alone
        MigrationProject project = projects.save(new MigrationProject(null, site, "HIS \u95e8\u8bca -> PG",
                sourceEndpoint.id(), "his", targetEndpoint.id(), "his_project", "p*, o*", "orders", List.of(),
                VerifyMode.CHECKSUM, 100, null));
        Services.get(AccessControl.class).signOut(); // the command signs in from standard input

        Invocation cli = new Invocation(Locale.ENGLISH, "--site", site, "--project", project.name(), "--confirm",
                "his", "--admin-password-stdin").stdin("copy-test-Pa55\n");
        int code = CopyCommandTest.command().run(cli);
        String printed = cli.out.toString(StandardCharsets.UTF_8) + cli.err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, code, printed);
        assertEquals(20000, count(target, "his_project.patient"));
        assertEquals("0", target.queryValue("his", "SELECT count(*) FROM pg_tables WHERE schemaname = 'his_project' "
                + "AND tablename <> 'patient'"));

        List<MigrationProjects.ProjectRun> runs = projects.runs(project.id());
        assertEquals(java.util.Set.of(MigrationProjects.ProjectRun.Kind.COPY, MigrationProjects.ProjectRun.Kind.VERIFY),
                runs.stream().map(MigrationProjects.ProjectRun::kind).collect(java.util.stream.Collectors.toSet()),
                runs::toString);
        MigrationProjects.ProjectRun copied = runs.stream()
                .filter(r -> r.kind() == MigrationProjects.ProjectRun.Kind.COPY).findFirst().orElseThrow();
        CopyRun run = copy.run(Long.parseLong(copied.runId())).orElseThrow();
        assertEquals(project.id(), run.request().projectId());
        assertEquals(CopyRun.VerificationStatus.EQUAL, run.verification().status(), run.verification()::detail);
        assertTrue(runs.stream().anyMatch(r -> r.kind() == MigrationProjects.ProjectRun.Kind.VERIFY
                && r.runId().equals(run.verification().runId()) && r.summary().equals("EQUAL")), runs::toString);

        // an option given overrides the project's: another target schema, the project's tables
        Invocation override = new Invocation(Locale.ENGLISH, "--site", site, "--project", project.name(),
                "--target-schema", "his_project2", "--confirm", "his", "--admin-password-stdin")
                .stdin("copy-test-Pa55\n");
        assertEquals(ExitCodes.OK, CopyCommandTest.command().run(override),
                override.err.toString(StandardCharsets.UTF_8));
        assertEquals(20000, count(target, "his_project2.patient"));

        // a project the site does not have: 65, naming the ones it has, nothing asked or written
        Invocation unknown = new Invocation(Locale.ENGLISH, "--site", site, "--project", "no such project",
                "--confirm", "his", "--admin-password-stdin").stdin("copy-test-Pa55\n");
        assertEquals(ExitCodes.DATA, CopyCommandTest.command().run(unknown));
        assertTrue(unknown.err.toString(StandardCharsets.UTF_8).contains(project.name()),
                unknown.err.toString(StandardCharsets.UTF_8));
    }

    private static long count(PostgresServer server, String table) {
        return Long.parseLong(server.queryValue("his", "SELECT count(*) FROM " + table));
    }

    private static String digest(PostgresServer server, String table) throws SQLException {
        return digestIn(server, "his", table);
    }

    /** md5 of every row's text in key order (the whole row for the keyless table), in one time zone. */
    private static String digestIn(PostgresServer server, String schema, String table) throws SQLException {
        try (Connection c = server.connect("his"); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            try (ResultSet rs = s.executeQuery("SELECT count(*), md5(string_agg(t::text, E'\\n' ORDER BY t::text)) FROM "
                    + schema + "." + table + " t")) {
                rs.next();
                List<String> parts = new ArrayList<>();
                parts.add(rs.getString(1));
                parts.add(rs.getString(2));
                return String.join(" ", parts);
            }
        }
    }
}
