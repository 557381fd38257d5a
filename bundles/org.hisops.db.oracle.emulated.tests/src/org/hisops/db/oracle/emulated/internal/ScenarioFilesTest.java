package org.hisops.db.oracle.emulated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.hisops.db.api.DbVersion;
import org.hisops.db.oracle.catalogue.OracleCatalogue;
import org.hisops.db.oracle.catalogue.ViewStatus;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

/**
 * The scenario files hold together, and never bend the catalogue: each scenario loads, its data agrees with the
 * version it declares, its tables are the catalogue's views of its release (plus columns only where the catalogue
 * is partial or silent), and the pieces of the session emulation behave as Oracle does.
 */
class ScenarioFilesTest {

    private final OracleCatalogue catalogue = OracleCatalogue.load();

    private static List<String> scenarioNames() {
        List<String> names = new ArrayList<>();
        for (URL url : Collections.list(FrameworkUtil.getBundle(ScenarioFilesTest.class).findEntries("scenarios",
                "scenario.properties", true))) {
            String path = url.getPath();
            names.add(path.substring(path.indexOf("scenarios/") + "scenarios/".length(), path.lastIndexOf('/')));
        }
        Collections.sort(names);
        return names;
    }

    @Test
    void theScenariosTheDemoAndTheTestsNeedAreThere() {
        assertTrue(scenarioNames().containsAll(List.of("his-10g", "his-11g-primary", "his-11g-standby", "locked",
                "listener-down", "starting", "unknown-service", "no-catalog-role")), scenarioNames().toString());
    }

    @Test
    void everyScenarioLoadsAndItsDataMatchesItsVersion() throws Exception {
        for (String name : scenarioNames()) {
            Scenario scenario = Scenario.load(name);
            DbVersion release = catalogue.release(scenario.version()).orElseThrow();
            EmulatedDatabase db = EmulatedDatabase.of(scenario, catalogue);
            try (Connection c = db.open(EmulatedDatabase.Reader.SYSDBA); Statement s = c.createStatement()) {
                assertEquals(scenario.version().toString(), value(s, "SELECT version FROM v$instance"), name);
                String banner = value(s, "SELECT banner FROM v$version WHERE banner LIKE 'Oracle%'");
                // V$VERSION shows the banner cut to its column's width (VARCHAR2(64) in 10.2)
                assertTrue(scenario.banner().startsWith(banner), name + ": " + banner + " / " + scenario.banner());
            }
            for (String table : db.tables()) {
                ViewStatus status = catalogue.status(table, release);
                assertTrue(status != ViewStatus.NOT_IN_RELEASE && status != ViewStatus.COMPLETE
                        || catalogue.columns(table, release).size() == columns(db, table),
                        name + ": " + table + " is " + status + " for " + release + " and may not be changed");
            }
            if (release.equals(DbVersion.parse("10.2"))) {
                assertFalse(db.tables().contains("V$RECOVERY_AREA_USAGE"), name + " has an 11.2-only view");
                assertTrue(db.tables().contains("V$FLASH_RECOVERY_AREA_USAGE"), name);
            }
            assertTrue(db.tables().containsAll(catalogue.views(release)), name + " lacks catalogued views");
        }
    }

    @Test
    void aScenarioMayAddColumnsOnlyWhereTheCatalogueIsPartialOrSilent() {
        DbVersion v11 = DbVersion.parse("11.2.0.4.0");
        String header = "VIEW\tCOLUMN\tDATATYPE\tREASON\n";
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-complete", v11, catalogue, null,
                header + "V$SESSION_CONNECT_INFO\tPROGRAM\tVARCHAR2(48)\tcomplete in 11.2\n"));
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-other-release",
                DbVersion.parse("10.2.0.5.0"), catalogue, null, header + "V$RECOVERY_AREA_USAGE\tFILE_TYPE\tVARCHAR2(20)\t11.2 only\n"));
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-no-reason", v11, catalogue, null,
                header + "V$SESSION\tMACHINE\tVARCHAR2(64)\t\n"));
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-twice", v11, catalogue, null,
                header + "V$SESSION\tSID\tNUMBER\talready listed\n"));
        EmulatedDatabase partial = EmulatedDatabase.build("test-partial", v11, catalogue, null,
                header + "V$SESSION\tMACHINE\tVARCHAR2(64)\tnot in the catalogue: beyond the partial listing\n");
        partial.shutdown();
    }

    /** A column the catalogue knows from another book without its datatype ({@code ?}): emulated, typable, not retypable. */
    @Test
    void aColumnWithoutDatatypeIsEmulatedAndMayBeTypedByTheScenario() throws Exception {
        DbVersion v11 = DbVersion.parse("11.2.0.4.0");
        String header = "VIEW\tCOLUMN\tDATATYPE\tREASON\n";
        assertEquals("VARCHAR2(4000)", EmulatedDatabase.h2Type("?"));
        EmulatedDatabase untyped = EmulatedDatabase.build("test-untyped", v11, catalogue,
                "INSERT INTO v$database (name, database_role) VALUES ('HIS', 'PRIMARY');", null);
        try (Connection c = untyped.open(EmulatedDatabase.Reader.SYSDBA); Statement s = c.createStatement()) {
            assertEquals("PRIMARY", value(s, "SELECT database_role FROM v$database"));
        } finally {
            untyped.shutdown();
        }
        EmulatedDatabase typed = EmulatedDatabase.build("test-typed", v11, catalogue, null,
                header + "V$DATABASE\tDATABASE_ROLE\tVARCHAR2(16)\tthe scenario author's emulation type\n");
        typed.shutdown();
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-retyped", v11, catalogue, null,
                header + "V$DATABASE\tNAME\tVARCHAR2(30)\tthe Reference says VARCHAR2(9)\n"));
    }

    @Test
    void dataMayNotReshapeTheDictionary() {
        DbVersion v11 = DbVersion.parse("11.2.0.4.0");
        for (String sql : List.of("CREATE TABLE sys.v$fake (a NUMBER);", "DROP TABLE v$version;",
                "ALTER TABLE v$version ADD (x NUMBER);", "CREATE TABLE unqualified (a NUMBER);")) {
            assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-data", v11, catalogue, sql, null), sql);
        }
        assertThrows(IllegalStateException.class, () -> EmulatedDatabase.build("test-data", v11, catalogue,
                "INSERT INTO v$version (nosuch) VALUES ('x');", null), "a column the release does not have");
    }

    @Test
    void aDerivedScenarioSharesItsBasesDataButNotItsState() {
        Scenario standby = Scenario.load("his-11g-standby");
        Scenario locked = Scenario.load("locked");
        assertEquals("his-11g-primary", locked.dataScenario());
        assertTrue(locked.accounts().get("HISOPS").locked());
        assertFalse(Scenario.load("his-11g-primary").accounts().get("HISOPS").locked());
        assertEquals(Scenario.State.MOUNTED, standby.state());
        assertEquals(Scenario.State.DOWN, Scenario.load("listener-down").state());
        assertEquals(Set.of("HISNEW"), Scenario.load("unknown-service").services());
        assertThrows(IllegalArgumentException.class, () -> Scenario.load("../his-10g"));
        assertThrows(IllegalArgumentException.class, () -> Scenario.load("no-such-scenario"));
    }

    @Test
    void statementsAreToldApartAsOracleWouldRunThem() {
        assertEquals(StatementKind.QUERY, StatementKind.of("SELECT 1 FROM dual"));
        assertEquals(StatementKind.QUERY, StatementKind.of("WITH x AS (SELECT 1 a FROM dual) SELECT a FROM x"));
        assertEquals(StatementKind.QUERY, StatementKind.of("SELECT 'for update' FROM dual -- for update"));
        assertEquals(StatementKind.QUERY, StatementKind.of("(SELECT 1 FROM dual)"));
        assertEquals(StatementKind.CHANGE, StatementKind.of("select * from v$parameter for update"));
        assertEquals(StatementKind.CHANGE, StatementKind.of("  insert into t values (1)"));
        assertEquals(StatementKind.CHANGE, StatementKind.of("MERGE INTO t USING s ON (1=1) WHEN MATCHED THEN UPDATE SET a = 1"));
        assertEquals(StatementKind.CHANGE, StatementKind.of("LOCK TABLE his.pat_visit IN EXCLUSIVE MODE"));
        assertEquals(StatementKind.BEGIN_READ_ONLY, StatementKind.of("/* HisOps */ set transaction read only"));
        assertEquals(StatementKind.BEGIN_READ_WRITE, StatementKind.of("SET TRANSACTION READ WRITE"));
        assertEquals(StatementKind.SESSION, StatementKind.of("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"));
        assertEquals(StatementKind.SESSION, StatementKind.of("ALTER SESSION SET NLS_DATE_FORMAT = 'YYYY-MM-DD'"));
        assertEquals(StatementKind.DDL, StatementKind.of("ALTER SYSTEM SWITCH LOGFILE"));
        assertEquals(StatementKind.DDL, StatementKind.of("CREATE TABLE t (a NUMBER)"));
        assertEquals(StatementKind.PLSQL, StatementKind.of("BEGIN dbms_application_info.set_module('HisOps', NULL); END;"));
    }

    @Test
    void oracleDatatypesBecomeH2Types() {
        assertEquals("RAW(8)", EmulatedDatabase.h2Type("RAW(4 | 8)"));
        assertEquals("CLOB", EmulatedDatabase.h2Type("LONG"));
        assertEquals("VARCHAR2(30)", EmulatedDatabase.h2Type("VARCHAR2(30)"));
        assertEquals("INTERVAL DAY(3) TO SECOND(2)", EmulatedDatabase.h2Type("INTERVAL DAY(3) TO SECOND(2)"));
    }

    @Test
    void scriptsSplitAtLineEndingSemicolonsOutsideQuotes() {
        assertEquals(List.of("INSERT INTO t (a) VALUES ('x; y')", "INSERT INTO t (a)\nVALUES ('it''s;')"),
                EmulatedDatabase.statements("-- a comment; not a statement\nINSERT INTO t (a) VALUES ('x; y');\n"
                        + "INSERT INTO t (a)\nVALUES ('it''s;');\n"));
    }

    private static String value(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static int columns(EmulatedDatabase db, String table) throws Exception {
        try (Connection c = db.open(EmulatedDatabase.Reader.SYSDBA); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\" WHERE 1 = 0")) {
            return rs.getMetaData().getColumnCount();
        }
    }
}
