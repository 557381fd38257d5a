package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyOptions;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verification's Oracle dialect run against the emulated Oracle (scenario {@code copy-10g}: an H2 database in
 * Oracle mode, not Oracle) as the source and a real PostgreSQL 17 server as the target. The copy engine loads the
 * emulated HIS tables into PostgreSQL, three rows are then changed there, and the verification must find exactly
 * those rows (and the one row PostgreSQL refused during the copy) by key with both sides' canonical values: the
 * Oracle SQL as written (AS OF SCN, DBMS_CRYPTO, TM9, SYS_EXTRACT_UTC), which the stand-in emulates.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleVerificationTest {

    /** One data folder serves every test class of this runtime: whichever runs first sets the password. */
    private static final String PASSWORD = PostgresRepairTest.PASSWORD;

    @TempDir
    static Path temp;

    private PostgresServer server;
    private Endpoint oracle;
    private Endpoint postgres;
    private CopyRun copied;

    @BeforeAll
    void copyTheEmulatedTablesToPostgres() throws Exception {
        server = PostgresServer.builder(temp, "verify-ora").build().start();
        server.createDatabase("his");
        AccessControl access = Services.get(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn(PASSWORD.toCharArray());
        } else {
            access.setPassword(null, PASSWORD.toCharArray());
            if (access.role() != org.hisops.platform.api.Role.ADMINISTRATOR) {
                access.signIn(PASSWORD.toCharArray());
            }
        }
        String site = Services.get(SiteDirectory.class).create("Verify from Oracle").id();
        oracle = new Endpoint("verify-ora10", site, "HIS 10g (emulated)", "HIS", Engine.ORACLE, "his-db1", 1521,
                AddressKind.SERVICE_NAME, "HIS", "sys", ConnectRole.SYSDBA, RoleHint.PRIMARY, null, 3, 5, 30,
                "copy-10g");
        postgres = Endpoint.of("verify-ora-pg", site, "KingbaseES stand-in", "HIS", Engine.POSTGRESQL,
                PostgresServer.LOOPBACK, server.port(), AddressKind.DATABASE, "his", PostgresServer.SUPERUSER)
                .withLimits(3, 10, 60);
        Services.get(CredentialStore.class).store(oracle.id(), "hisops-demo".toCharArray());
        Services.get(CredentialStore.class).store(postgres.id(), server.superuserPassword().toCharArray());
        Services.get(EndpointDirectory.class).save(oracle);
        Services.get(EndpointDirectory.class).save(postgres);
        try {
            copied = Services.get(CopyService.class).start(CopyRequest.of(oracle.id(), "HIS", postgres.id(), "his"),
                    CopyListener.NONE, Cancellation.none());
        } finally {
            access.signOut();
        }
        // printed so that the copy's own verification can be read in the build's output
        System.out.println("Copy run " + copied.id() + " verification: " + copied.verification().status() + " ("
                + copied.verification().detail() + ")");
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Map<String, RowDifference.Kind> byKey(TableResult t) {
        Map<String, RowDifference.Kind> map = new TreeMap<>();
        t.differences().forEach(d -> map.put(String.join("/", d.key()), d.kind()));
        return map;
    }

    private static RowDifference row(TableResult t, String key) {
        return t.differences().stream().filter(d -> d.key().equals(List.of(key))).findFirst().orElseThrow();
    }

    @Test
    void changedRowsAreFoundByKeyWithBothSidesValues() throws Exception {
        try (Connection c = server.connect("his"); Statement s = c.createStatement()) {
            s.execute("UPDATE his.patient SET balance = -0.02 WHERE patient_id = 2");
            s.execute("UPDATE his.patient SET name = '\u5218\u9633' WHERE patient_id = 4");
            s.execute("UPDATE his.patient SET note = note || '.' WHERE patient_id = 5");
        }
        List<TablePair> pairs = List.of(new TablePair("HIS", "PATIENT", "his", "patient"),
                new TablePair("HIS", "LIS_RESULT", "his", "lis_result"));
        // leaves of one row: a differing segment is bisected on the emulated side as it would be on Oracle
        VerifyOptions options = VerifyOptions.checksum().withEmptyStringIsNull(true).withSegments(10, 1)
                .withRecheckDelay(Duration.ZERO);
        VerifyResult result = Services.get(Verifications.class).verify(new VerifyRequest(oracle, postgres, pairs,
                options), new VerifyListener() {
                }, Cancellation.none());

        assertTrue(result.emulated());
        assertEquals("SCN 5120447731", result.sourceSnapshot());

        TableResult lis = result.tables().get(1);
        assertEquals(TableStatus.EQUAL, lis.status(), () -> lis.problem() + " " + lis.problemMessage() + " " + lis.differences());
        assertEquals(ComparedBy.KEY_RANGES, lis.comparedBy());

        TableResult patient = result.tables().get(0);
        assertEquals(TableStatus.DIFFERENT, patient.status(), patient.problem() + " " + patient.problemMessage());
        assertEquals(ComparedBy.KEY_RANGES, patient.comparedBy());
        // patient 3's name holds a NUL character, which PostgreSQL refused during the copy
        assertEquals(Map.of("2", RowDifference.Kind.CHANGED, "3", RowDifference.Kind.MISSING_IN_TARGET, "4",
                RowDifference.Kind.CHANGED, "5", RowDifference.Kind.CHANGED), byKey(patient));
        RowDifference balance = row(patient, "2");
        assertEquals(List.of("BALANCE"), balance.changedColumns());
        assertEquals("-0.01", balance.sourceValues().get(5));
        assertEquals("-0.02", balance.targetValues().get(5));
        RowDifference name = row(patient, "4");
        assertEquals(List.of("NAME"), name.changedColumns());
        assertEquals("\u5218\u6d0b", name.sourceValues().get(1));
        assertEquals("\u5218\u9633", name.targetValues().get(1));
        assertEquals(List.of("NOTE"), row(patient, "5").changedColumns());
    }
}
