package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Oracle 10.2 -> PostgreSQL with the emulated Oracle (scenario {@code copy-10g}, emulated: an H2 database in Oracle
 * mode, not Oracle) as the source and a real PostgreSQL 17 server as the target: the catalogue read through the
 * DBA_ views, the type mapping, the notes, and the rows (one with a NUL character, which PostgreSQL refuses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleCopyTest {

    @TempDir
    static Path temp;

    private PostgresServer target;
    private CopyService copy;
    private CopyRequest request;

    @BeforeAll
    void endpoints() throws Exception {
        target = PostgresServer.builder(temp, "copy-ora-target").build().start();
        target.createDatabase("his");
        copy = Services.get(CopyService.class);
        AccessControl access = Services.get(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn("copy-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "copy-test-Pa55".toCharArray());
        }
        String site = Services.get(SiteDirectory.class).create("Copy from Oracle").id();
        Endpoint oracle = new Endpoint("copy-ora10", site, "HIS 10g (emulated)", "HIS", Engine.ORACLE, "his-db1",
                1521, AddressKind.SERVICE_NAME, "HIS", "sys", ConnectRole.SYSDBA, RoleHint.PRIMARY, null, 3, 5, 30,
                "copy-10g");
        Endpoint pg = Endpoint.of("copy-ora-pg", site, "KingbaseES stand-in", "HIS", Engine.POSTGRESQL,
                PostgresServer.LOOPBACK, target.port(), AddressKind.DATABASE, "his", PostgresServer.SUPERUSER)
                .withLimits(3, 10, 60);
        Services.get(CredentialStore.class).store(oracle.id(), "hisops-demo".toCharArray());
        Services.get(CredentialStore.class).store(pg.id(), target.superuserPassword().toCharArray());
        Services.get(EndpointDirectory.class).save(oracle);
        Services.get(EndpointDirectory.class).save(pg);
        access.signOut();
        request = CopyRequest.of(oracle.id(), "HIS", pg.id(), "his");
    }

    @AfterAll
    void stop() {
        if (target != null) {
            target.close();
        }
    }

    @Test
    void theOracleCatalogueIsTranslatedByTheMappingTable() throws Exception {
        CopyPlan plan = copy.plan(request, Cancellation.none());

        assertEquals("ORACLE", plan.sourceEngine());
        assertTrue(plan.emulated());
        assertEquals(List.of("DOC_FILE", "LIS_RESULT", "PATIENT"),
                plan.tables().stream().map(CopyPlan.TablePlan::source).toList());
        CopyPlan.TablePlan patient = plan.tables().get(2);
        assertEquals("patient", patient.target());
        Map<String, String> types = patient.columns().stream()
                .collect(Collectors.toMap(CopyPlan.ColumnPlan::target, CopyPlan.ColumnPlan::targetType));
        assertEquals(Map.of("patient_id", "bigint", "name", "varchar(40)", "sex", "char(1)", "birth_date",
                "timestamp(0) without time zone", "id_card", "varchar(18)", "balance", "numeric(12,2)", "score",
                "double precision", "note", "text", "photo", "bytea", "created", "timestamp(6) without time zone"),
                types);
        assertEquals(List.of("patient_id"), patient.key());
        String create = patient.create().get(0);
        assertTrue(create.contains("\"created\" timestamp(6) without time zone DEFAULT LOCALTIMESTAMP(0)"), create);
        assertTrue(create.contains("\"sex\" char(1) DEFAULT 'U'"), create);
        assertTrue(create.contains("\"name\" varchar(40) NOT NULL"), create);
        assertTrue(patient.create().contains("ALTER TABLE \"his\".\"patient\" ADD CONSTRAINT \"ck_patient_sex\" "
                + "CHECK (sex IN ('M', 'F', 'U'))"), patient.create()::toString);
        assertTrue(patient.create().stream().noneMatch(s -> s.contains("IS NOT NULL")), "NOT NULL stays a column rule");
        assertTrue(patient.create().contains("COMMENT ON TABLE \"his\".\"patient\" IS '\u60a3\u8005\u4e3b\u7d22\u5f15'"));

        CopyPlan.TablePlan lis = plan.tables().get(1);
        assertEquals("timestamp(6) with time zone", lis.columns().get(5).targetType());
        assertEquals("numeric", lis.columns().get(3).targetType());
        assertTrue(plan.tables().get(0).refused());

        assertTrue(plan.beforeData().contains("CREATE SEQUENCE IF NOT EXISTS \"his\".\"seq_patient\" INCREMENT BY 1 "
                + "MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 20 NO CYCLE"), plan.beforeData()::toString);
        assertTrue(plan.afterData().contains("SELECT setval('\"his\".\"seq_patient\"', 1000021, false)"));
        assertTrue(plan.afterData().contains("ALTER TABLE \"his\".\"lis_result\" ADD CONSTRAINT \"pk_lis_result\" "
                + "PRIMARY KEY (\"sample_no\", \"item_code\")"));
        assertTrue(plan.afterData().contains("CREATE INDEX \"idx_patient_idcard\" ON \"his\".\"patient\" (\"id_card\")"));
        assertTrue(plan.afterData().contains("CREATE INDEX \"bix_lis_item\" ON \"his\".\"lis_result\" (\"item_code\")"));
        assertTrue(plan.afterData().stream().noneMatch(s -> s.contains("idx_patient_name_upper")));
        assertTrue(plan.afterData().stream().anyMatch(s -> s.startsWith("ALTER TABLE \"his\".\"lis_result\" ADD "
                + "CONSTRAINT \"fk_lis_patient\" FOREIGN KEY (\"patient_id\") REFERENCES \"his\".\"patient\" "
                + "(\"patient_id\")")), plan.afterData()::toString);

        Set<String> codes = plan.notes().stream().map(MappingNote::code).collect(Collectors.toSet());
        for (String expected : List.of("bfile-refused", "table-refused", "sequence-max-clamped", "trigger-nextval",
                "index-function-based", "index-bitmap", "default-sysdate", "default-systimestamp", "date-has-time",
                "zone-region-lost", "byte-semantics", "number-unconstrained", "float-to-double")) {
            assertTrue(codes.contains(expected), expected + " in " + codes);
        }
    }

    @Test
    void rowsAreCopiedAndTheOneThePostgresRefusesIsReported() throws Exception {
        Services.get(AccessControl.class).signIn("copy-test-Pa55".toCharArray());
        CopyRun run = copy.start(request, CopyListener.NONE, Cancellation.none());
        Services.get(AccessControl.class).signOut();
        // the stand-in emulates what the verification asks of Oracle (SCN, AS OF SCN, DBMS_CRYPTO's MD5), so the
        // copy is checksummed: LIS_RESULT is EQUAL, and PATIENT differs by exactly the row PostgreSQL refused.
        // Printed so the wording can be read in the build's output, as the person who reads the run would
        System.out.println("Copy run " + run.id() + " verification: " + run.verification().status() + " ("
                + run.verification().detail() + ")");
        assertTrue(run.verification().detail().contains("1 of 2 tables equal (checksum); PATIENT DIFFERENT: 1 rows "
                + "(1 listed as missing in the target); emulated Oracle source: its checksums were computed by the "
                + "stand-in"), run.verification()::detail);
        assertEquals(CopyRun.VerificationStatus.DIFFERENT, run.verification().status());
        VerifyResult verified = Services.get(Verifications.class).find(run.verification().runId()).orElseThrow();
        assertTrue(verified.emulated());
        assertEquals("SCN 5120447731", verified.sourceSnapshot());
        for (TableResult t : verified.tables()) {
            if (t.pair().sourceTable().equals("PATIENT")) {
                assertEquals(1, t.differences().size(), t.differences()::toString);
                assertEquals(List.of("3"), t.differences().get(0).key());
                assertEquals(RowDifference.Kind.MISSING_IN_TARGET, t.differences().get(0).kind());
            } else {
                assertEquals(TableStatus.EQUAL, t.status(), t::toString);
            }
        }
        // the command line says it in the reader's language (printed to be read in the build's output)
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Invocation shown = new Invocation(locale, "--resume", Long.toString(run.id()));
            assertEquals(ExitCodes.WARNING, CopyCommandTest.command().run(shown));
            String printed = shown.out.toString(java.nio.charset.StandardCharsets.UTF_8);
            System.out.println(printed);
            assertTrue(printed.contains(locale == Locale.ENGLISH ? "the checksums of its rows were computed by the "
                    + "stand-in" : "\u5176\u5404\u884c\u7684\u6821\u9a8c\u548c\u7531\u66ff\u8eab\u8ba1\u7b97"),
                    printed);
        }

        assertEquals(CopyRun.RunState.DONE_WITH_REJECTS, run.state(), run::toString);
        assertTrue(run.notes().stream().anyMatch(n -> n.code().equals("snapshot-emulated")));
        TableCopy patient = run.table("PATIENT").orElseThrow();
        assertEquals(TableCopy.TableState.DONE, patient.state(), patient::toString);
        assertEquals(5, patient.sourceRows());
        assertEquals(4, patient.targetRows());
        assertEquals(1, patient.rejected());
        assertTrue(patient.countsAddUp());
        List<CopyReject> rejects = copy.rejects(run.id(), "PATIENT", 10);
        assertEquals(1, rejects.size());
        assertEquals("patient_id=3", rejects.get(0).key());
        assertEquals("invalid-text", rejects.get(0).reason());
        assertEquals("22021", rejects.get(0).sqlState());
        assertEquals(TableCopy.TableState.REFUSED, run.table("DOC_FILE").orElseThrow().state());
        TableCopy lis = run.table("LIS_RESULT").orElseThrow();
        assertEquals(4, lis.targetRows());
        assertTrue(lis.countsAddUp());

        assertEquals("\u5f20\u4f1f|M|1958-03-02 14:30:00|1234.50|0.125|first line\nsecond\ttabbed \\ line|\\xcafebabe|"
                + "2024-10-21 08:02:11.123456", target.queryValue("his", "SELECT concat_ws('|', name, sex, birth_date, "
                        + "balance, score, note, photo, created) FROM his.patient WHERE patient_id = 1"));
        assertEquals("NULL", target.queryValue("his", "SELECT coalesce(note, 'NULL') FROM his.patient WHERE patient_id = 4"));
        assertEquals("2024-10-21 02:00:00+00", target.queryValue("his", "SELECT (reported AT TIME ZONE 'UTC')::text || '+00' "
                + "FROM his.lis_result WHERE sample_no = 'S000000001' AND item_code = 'WBC'"));
        assertEquals("6.123456", target.queryValue("his", "SELECT result_value FROM his.lis_result WHERE item_code = 'GLU'"));
        assertEquals("\u6eb6\u8840\uff0c\u8bf7\u590d\u67e5", target.queryValue("his", "SELECT result_text FROM his.lis_result "
                + "WHERE item_code = 'K'"));
        assertEquals("1000021", target.queryValue("his", "SELECT nextval('his.seq_patient')"));
        assertEquals("t", target.queryValue("his", "SELECT convalidated FROM pg_constraint WHERE conname = 'fk_lis_patient'"));
    }
}
