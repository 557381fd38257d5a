package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** SQL resources: the header format, version ranges, and the lookup through the running registry. */
class SqlFileTest {

    @Test
    void aResourceIsReadWithItsHeader() {
        Sql sql = SqlFile.parse("""
                -- id: dataguard.apply_lag
                -- engine: oracle
                -- versions: [11.2,)
                -- V$DATAGUARD_STATS has TIME_COMPUTED from 11.2 on.
                SELECT value, time_computed
                  FROM v$dataguard_stats
                 WHERE name = 'apply lag';
                """, "test.sql");
        assertEquals("dataguard.apply_lag", sql.id());
        assertEquals(Engine.ORACLE, sql.engine());
        assertEquals("SELECT value, time_computed\n  FROM v$dataguard_stats\n WHERE name = 'apply lag'", sql.text());
        assertTrue(sql.versions().includes(DbVersion.parse("11.2.0.4")));
        assertFalse(sql.versions().includes(DbVersion.parse("10.2.0.5")));
    }

    @Test
    void aResourceWithoutHeaderIsRefusedWithItsName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlFile.parse("SELECT 1 FROM dual", "vendor.bundle/sql/oracle/x.sql"));
        assertTrue(e.getMessage().contains("vendor.bundle/sql/oracle/x.sql"));
        assertThrows(IllegalArgumentException.class,
                () -> SqlFile.parse("-- id: x\n-- engine: db2\n-- versions: [1,)\nSELECT 1", "y.sql"));
    }

    @Test
    void versionRangesAreWrittenAtTheirOwnPrecision() {
        DbVersionRange tenAndEleven = DbVersionRange.parse("[10.2,11.2]");
        assertTrue(tenAndEleven.includes(DbVersion.parse("10.2.0.1")));
        assertTrue(tenAndEleven.includes(DbVersion.parse("11.2.0.4.0")), "11.2 means the whole 11.2 release");
        assertFalse(tenAndEleven.includes(DbVersion.parse("12.1.0.2")));
        assertFalse(tenAndEleven.includes(DbVersion.parse("10.1.0.5")));
        assertTrue(DbVersionRange.parse("[10.2,11.2)").overlaps(DbVersionRange.parse("[11.1,)")));
        assertFalse(DbVersionRange.parse("[10.2,11.2)").overlaps(DbVersionRange.parse("[11.2,)")));
    }

    @Test
    void versionsAreReadFromBannersAndVersionTexts() {
        assertEquals(DbVersion.parse("10.2.0.5.0"), DbVersion.parse(
                "Oracle Database 10g Enterprise Edition Release 10.2.0.5.0 - 64bit Production"));
        assertEquals("17.6", DbVersion.parse("17.6 (Debian 17.6-1)").toString());
        assertEquals(DbVersion.parse("11.2"), DbVersion.parse("11.2.0.0"));
        assertTrue(DbVersion.parse("11.2.0.4").compareTo(DbVersion.parse("11.2.0.3.0")) > 0);
    }

    @Test
    void theRegistryFindsTheStatementForEachEngineAndVersion() {
        BundleContext context = FrameworkUtil.getBundle(SqlFileTest.class).getBundleContext();
        SqlResources resources = context.getService(context.getServiceReference(SqlResources.class));
        Sql oracle = resources.find("db.probe.database", Engine.ORACLE, DbVersion.parse("10.2.0.5")).orElseThrow();
        assertTrue(oracle.text().contains("v$database"));
        Sql kingbase = resources.find("db.probe.ping", Engine.KINGBASE, DbVersion.parse("12.1")).orElseThrow();
        assertEquals(Engine.POSTGRESQL, kingbase.engine(), "KingbaseES uses the PostgreSQL statement");
        assertTrue(resources.find("db.probe.database", Engine.ORACLE, DbVersion.parse("9.2")).isEmpty(),
                "no statement claims Oracle 9.2");
        assertTrue(resources.all().size() >= 9);
    }
}
