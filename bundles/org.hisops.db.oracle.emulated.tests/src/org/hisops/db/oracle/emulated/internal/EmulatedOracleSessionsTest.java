package org.hisops.db.oracle.emulated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.RoleHint;
import org.hisops.db.api.Sql;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The emulated Oracle through the real {@link DatabaseSessions} service, the way every HisOps capability reaches a
 * database: passwords from the {@link CredentialStore}, the session broker's read-only set-up, its problem
 * classification. Each scenario is probed, and each fault a DBA meets comes back with its DbProblem and ORA code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmulatedOracleSessionsTest {

    /** The demo convention: hisops (and sys on the standby) log in with this password. */
    private static final String DEMO = "hisops-demo";

    private DatabaseSessions sessions;
    private CredentialStore credentials;

    @BeforeAll
    void services() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(EmulatedOracleSessionsTest.class).getBundleContext();
        sessions = service(context, DatabaseSessions.class);
        credentials = service(context, CredentialStore.class);
    }

    private static <T> T service(BundleContext context, Class<T> type) throws InterruptedException {
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                return context.getService(reference);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

    private Endpoint endpoint(String id, String scenario, AddressKind kind, String address, String user,
            ConnectRole role, String password) throws Exception {
        credentials.store(id, password.toCharArray());
        return new Endpoint(id, "emulated-site", id, "HIS", Engine.ORACLE, "his-db1", 1521, kind, address, user, role,
                RoleHint.UNKNOWN, null, 2, 5, 10, scenario);
    }

    private Endpoint hisops(String id, String scenario, String service) throws Exception {
        return endpoint(id, scenario, AddressKind.SERVICE_NAME, service, "hisops", ConnectRole.NORMAL, DEMO);
    }

    private Endpoint standbyAsSysdba(String id) throws Exception {
        return endpoint(id, "his-11g-standby", AddressKind.SERVICE_NAME, "hisdg", "sys", ConnectRole.SYSDBA, DEMO);
    }

    private DatabaseException probeFails(Endpoint endpoint) {
        return assertThrows(DatabaseException.class, () -> sessions.probe(endpoint, Cancellation.none()));
    }

    private List<String> read(Endpoint endpoint, String sql) throws DatabaseException {
        return sessions.read(endpoint, s -> s.query(Sql.generated("test", Engine.ORACLE, sql), rs -> rs.getString(1)),
                Cancellation.none());
    }

    private DatabaseException readFails(Endpoint endpoint, String sql) {
        return assertThrows(DatabaseException.class, () -> read(endpoint, sql));
    }

    private static void assertProblem(DbProblem problem, String code, DatabaseException e) {
        assertEquals(problem, e.problem(), e.getMessage());
        assertEquals(code, e.serverCode(), e.getMessage());
    }

    // --- the scenarios, probed ---

    @Test
    void his10gIsAnOpenTenTwoPrimary() throws Exception {
        ProbeResult r = sessions.probe(hisops("probe-10g", "his-10g", "HIS"), Cancellation.none());
        assertEquals(Engine.ORACLE, r.engine());
        assertEquals("10.2.0.5.0", r.version().toString());
        assertEquals("READ WRITE", r.openMode());
        assertEquals("PRIMARY", r.databaseRole());
        assertEquals("HIS", r.databaseName());
        assertEquals("his@his-db1", r.instanceName());
        assertTrue(r.banner().startsWith("Oracle Database 10g Enterprise Edition Release 10.2.0.5.0"), r.banner());
        assertTrue(r.emulated());
        assertTrue(r.driver().startsWith("Emulated Oracle"), r.driver());
    }

    @Test
    void his11gPrimaryIsAnOpenElevenTwoPrimary() throws Exception {
        ProbeResult r = sessions.probe(hisops("probe-11g", "his-11g-primary", "HIS"), Cancellation.none());
        assertEquals(Engine.ORACLE, r.engine());
        assertEquals("11.2.0.4.0", r.version().toString());
        assertEquals("READ WRITE", r.openMode());
        assertEquals("PRIMARY", r.databaseRole());
        assertTrue(r.emulated());
    }

    @Test
    void his11gStandbyIsAMountedPhysicalStandbyReachedAsSysdba() throws Exception {
        ProbeResult r = sessions.probe(standbyAsSysdba("probe-standby"), Cancellation.none());
        assertEquals(Engine.ORACLE, r.engine());
        assertEquals("11.2.0.4.0", r.version().toString());
        assertEquals("MOUNTED", r.openMode());
        assertEquals("PHYSICAL STANDBY", r.databaseRole());
        assertEquals("hisdg@his-db2", r.instanceName());
        assertTrue(r.emulated());
        // The fixed views answer while mounted: managed recovery is applying.
        assertEquals(List.of("APPLYING_LOG"), read(standbyAsSysdba("standby-mrp"),
                "SELECT status FROM v$managed_standby WHERE process LIKE 'MRP%'"));
    }

    @Test
    void sidsAndConnectDescriptorsReachTheScenarioToo() throws Exception {
        assertEquals("10.2.0.5.0", sessions.probe(endpoint("by-sid", "his-10g", AddressKind.SID, "his", "hisops",
                ConnectRole.NORMAL, DEMO), Cancellation.none()).version().toString());
        assertEquals("PHYSICAL STANDBY", sessions.probe(endpoint("by-descriptor", "his-11g-standby",
                AddressKind.DESCRIPTOR, "(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=his-db2)(PORT=1521))"
                        + "(CONNECT_DATA=(SERVICE_NAME=hisdg)))", "sys", ConnectRole.SYSDBA, DEMO),
                Cancellation.none()).databaseRole());
    }

    // --- what a DBA meets, classified ---

    @Test
    void aWrongPasswordIsOra01017() throws Exception {
        DatabaseException e = probeFails(endpoint("wrong", "his-11g-primary", AddressKind.SERVICE_NAME, "HIS", "hisops",
                ConnectRole.NORMAL, "not-the-password"));
        assertProblem(DbProblem.WRONG_PASSWORD, "ORA-01017", e);
        assertFalse(e.getMessage().contains("not-the-password"), "the message never holds the password");
        assertProblem(DbProblem.WRONG_PASSWORD, "ORA-01017", probeFails(endpoint("no-such-user", "his-10g",
                AddressKind.SERVICE_NAME, "HIS", "nobody", ConnectRole.NORMAL, DEMO)));
    }

    @Test
    void passwordsAreCaseSensitiveFromElevenG() throws Exception {
        assertProblem(DbProblem.WRONG_PASSWORD, "ORA-01017", probeFails(endpoint("case-11g", "his-11g-primary",
                AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, DEMO.toUpperCase())));
        assertEquals("PRIMARY", sessions.probe(endpoint("case-10g", "his-10g", AddressKind.SERVICE_NAME, "HIS",
                "HISOPS", ConnectRole.NORMAL, DEMO.toUpperCase()), Cancellation.none()).databaseRole());
    }

    @Test
    void aLockedAccountIsOra28000() throws Exception {
        assertProblem(DbProblem.ACCOUNT_LOCKED, "ORA-28000", probeFails(hisops("locked", "locked", "HIS")));
        assertProblem(DbProblem.ACCOUNT_LOCKED, "ORA-28000", probeFails(endpoint("scott", "his-10g",
                AddressKind.SERVICE_NAME, "HIS", "scott", ConnectRole.NORMAL, "tiger")));
    }

    @Test
    void aStoppedListenerIsTheThinDriversIoError() throws Exception {
        DatabaseException e = probeFails(hisops("listener-down", "listener-down", "HIS"));
        assertProblem(DbProblem.LISTENER_DOWN, "ORA-17002", e);
        assertTrue(e.getMessage().startsWith("IO Error: The Network Adapter could not establish the connection"),
                e.getMessage());
    }

    @Test
    void anUnknownServiceIsOra12514AndAnUnknownSidOra12505() throws Exception {
        assertProblem(DbProblem.UNKNOWN_SERVICE, "ORA-12514", probeFails(hisops("unknown-service", "unknown-service", "HIS")));
        assertProblem(DbProblem.UNKNOWN_SERVICE, "ORA-12505", probeFails(endpoint("unknown-sid", "unknown-service",
                AddressKind.SID, "his", "hisops", ConnectRole.NORMAL, DEMO)));
        assertProblem(DbProblem.UNKNOWN_SERVICE, "ORA-12514", probeFails(hisops("typo-service", "his-10g", "HIZ")));
    }

    @Test
    void aStartingInstanceAndANormalLoginToAMountedStandbyAreOra01033() throws Exception {
        assertProblem(DbProblem.STARTING_OR_STOPPING, "ORA-01033", probeFails(hisops("starting", "starting", "HIS")));
        assertProblem(DbProblem.STARTING_OR_STOPPING, "ORA-01033", probeFails(hisops("standby-normal",
                "his-11g-standby", "hisdg")));
    }

    @Test
    void aMountedStandbyAnswersOnlyFixedViews() throws Exception {
        Endpoint standby = standbyAsSysdba("standby-not-open");
        assertProblem(DbProblem.NOT_OPEN, "ORA-01219", readFails(standby, "SELECT count(*) FROM dba_tablespaces"));
        assertProblem(DbProblem.NOT_OPEN, "ORA-01219", readFails(standby, "SELECT count(*) FROM all_users"));
        assertProblem(DbProblem.NOT_OPEN, "ORA-01219", readFails(standby, "SELECT count(*) FROM his.pat_visit"));
        assertEquals(List.of("transport lag", "apply lag", "apply finish time", "estimated startup time"),
                read(standby, "SELECT name FROM v$dataguard_stats"));
    }

    @Test
    void sysdbaWithoutThePasswordFileIsOra01031() throws Exception {
        assertProblem(DbProblem.INSUFFICIENT_PRIVILEGE, "ORA-01031", probeFails(endpoint("hisops-sysdba",
                "his-11g-standby", AddressKind.SERVICE_NAME, "hisdg", "hisops", ConnectRole.SYSDBA, DEMO)));
    }

    @Test
    void withoutSelectCatalogRoleTheDynamicViewsAreOra00942() throws Exception {
        Endpoint endpoint = hisops("no-catalog-role", "no-catalog-role", "HIS");
        assertProblem(DbProblem.NO_SUCH_VIEW, "ORA-00942", probeFails(endpoint));
        // What PUBLIC may read stays readable.
        assertEquals(List.of("ZHS16GBK"), read(endpoint,
                "SELECT value FROM nls_database_parameters WHERE parameter = 'NLS_CHARACTERSET'"));
    }

    @Test
    void aChangeInsideTheReadOnlySessionIsOra01456AndChangesNothing() throws Exception {
        Endpoint endpoint = hisops("read-only", "his-10g", "HIS");
        assertProblem(DbProblem.READ_ONLY, "ORA-01456", readFails(endpoint,
                "INSERT INTO his.pat_visit (visit_no, patient_id) VALUES (1, 'X')"));
        assertProblem(DbProblem.READ_ONLY, "ORA-01456", readFails(endpoint, "UPDATE v$parameter SET value = '1'"));
        assertProblem(DbProblem.INSUFFICIENT_PRIVILEGE, "ORA-01031", readFails(endpoint, "CREATE TABLE t (a NUMBER)"));
        Endpoint sys = endpoint("read-only-check", "his-10g", AddressKind.SERVICE_NAME, "HIS", "sys", ConnectRole.SYSDBA, DEMO);
        assertEquals(List.of("3"), read(sys, "SELECT count(*) FROM his.pat_visit"));
        assertEquals(List.of("500"), read(sys, "SELECT value FROM v$parameter WHERE name = 'processes'"));
    }

    @Test
    void theCatalogueOfTheReleaseDecidesWhichViewsExist() throws Exception {
        Endpoint tenG = hisops("views-10g", "his-10g", "HIS");
        assertProblem(DbProblem.NO_SUCH_VIEW, "ORA-00942", readFails(tenG, "SELECT file_type FROM v$recovery_area_usage"));
        assertEquals(6, read(tenG, "SELECT file_type FROM v$flash_recovery_area_usage").size());
        assertEquals(7, read(hisops("views-11g", "his-11g-primary", "HIS"),
                "SELECT file_type FROM v$recovery_area_usage").size());
        // A column the 10.2 catalogue does not have is Oracle's ORA-00904 ("invalid identifier").
        DatabaseException e = readFails(tenG, "SELECT client_driver FROM v$session_connect_info");
        assertEquals("ORA-00904", e.serverCode());
        assertTrue(e.getMessage().contains("\"CLIENT_DRIVER\": invalid identifier"), e.getMessage());
    }

    @Test
    void anUpgradeCandidateShowsItsInvalidComponent() throws Exception {
        assertEquals(List.of("SDO"), read(hisops("registry-10g", "his-10g", "HIS"),
                "SELECT comp_id FROM dba_registry WHERE status <> 'VALID'"));
        assertEquals(List.of("ZHS16GBK"), read(hisops("nls-10g", "his-10g", "HIS"),
                "SELECT value FROM nls_database_parameters WHERE parameter = 'NLS_CHARACTERSET'"));
    }
    @Test
    void whatTheDataVerificationAsksOfOracleIsEmulated() throws Exception {
        Endpoint sys = endpoint("verify-functions", "copy-10g", AddressKind.SERVICE_NAME, "HIS", "sys",
                ConnectRole.SYSDBA, DEMO);
        // the scenario's V$DATABASE.CURRENT_SCN; AS OF SCN sees the same rows at every SCN
        assertEquals(List.of("5120447731"), read(sys, "SELECT DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER FROM DUAL"));
        assertEquals(List.of("5"), read(sys, "SELECT COUNT(*) FROM his.patient AS OF SCN 5120447731"));
        // MD5 of the UTF-8 text and of the BLOB's bytes, as DBMS_CRYPTO.HASH(.., 2) gives them
        assertEquals(List.of("305be7965375e114a6965c245e1ffc9e"), read(sys,
                "SELECT LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(TO_CLOB(name), 2))) FROM his.patient WHERE patient_id = 1"));
        assertEquals(List.of("2d1bbde2acac0afd07646d98154f402e"), read(sys,
                "SELECT LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(photo, 2))) FROM his.patient WHERE patient_id = 1"));
        // NUMBER(12,2) has no scale of its own in Oracle: 1234.5, and a negative fraction without its zero
        assertEquals(List.of("1234.5", "-.01"), read(sys,
                "SELECT TO_CHAR(balance, 'TM9') FROM his.patient WHERE patient_id IN (1, 2) ORDER BY patient_id"));
        assertEquals(List.of("2024-10-21 02:00:00.000000"), read(sys, "SELECT TO_CHAR(SYS_EXTRACT_UTC(reported), "
                + "'YYYY-MM-DD HH24:MI:SS.FF6') FROM his.lis_result WHERE item_code = 'WBC'"));
        assertEquals(List.of("4095"), read(sys, "SELECT TO_NUMBER(SUBSTR('fffabc', 1, 3), 'XXXXXXXXXXXXXXX') FROM DUAL"));
    }
}
