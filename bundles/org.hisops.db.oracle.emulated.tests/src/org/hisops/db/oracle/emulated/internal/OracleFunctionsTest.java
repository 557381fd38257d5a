package org.hisops.db.oracle.emulated.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/** The stand-in's rewriting of what H2 lacks: only the calls it knows, never inside literals, quotes or comments. */
class OracleFunctionsTest {

    private static String emulate(String sql) throws SQLException {
        return OracleFunctions.emulate(sql, null, () -> 42L);
    }

    @Test
    void aStatementWithoutTheFunctionsIsUnchanged() throws Exception {
        String sql = "SELECT name, TO_CHAR(created, 'YYYY') FROM v$database WHERE x = 'AS OF SCN 3' -- TO_CLOB(x)";
        assertEquals(sql, emulate(sql));
    }

    @Test
    void nestedCallsAreRewrittenInsideOut() throws Exception {
        assertEquals("SELECT LOWER(RAWTOHEX(HASH('MD5', CAST(\"A\" || '|' || 'b' AS CLOB)))) FROM \"HIS\".\"T\"  WHERE 1 = 1",
                emulate("SELECT LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(TO_CLOB(\"A\" || '|' || 'b'), 2))) FROM \"HIS\".\"T\" "
                        + "AS OF SCN 9 WHERE 1 = 1"));
        assertEquals("SELECT 42 FROM DUAL", emulate("SELECT DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER FROM DUAL"));
        assertEquals("SELECT CAST(((SELECT MAX(t) FROM x)) AT TIME ZONE 'UTC' AS TIMESTAMP) FROM DUAL",
                emulate("SELECT SYS_EXTRACT_UTC((SELECT MAX(t) FROM x)) FROM DUAL"));
    }

    @Test
    void formsTheStandInDoesNotKnowStayAsWritten() throws Exception {
        // SHA-1 (3), a decimal TO_NUMBER format and a bound SCN are left for H2 to refuse, not guessed
        assertEquals("SELECT DBMS_CRYPTO.HASH(x, 3), TO_NUMBER(y, '999') FROM t AS OF SCN ?",
                emulate("SELECT DBMS_CRYPTO.HASH(x, 3), TO_NUMBER(y, '999') FROM t AS OF SCN ?"));
        assertEquals("SELECT \"TO_CLOB\" FROM t", emulate("SELECT \"TO_CLOB\" FROM t"));
    }

    @Test
    void sysdateReadsTheScenariosFrozenClockOutsideLiteralsCommentsAndQualifiedNames() throws Exception {
        java.time.LocalDateTime clock = java.time.LocalDateTime.of(2024, 10, 21, 9, 44, 15, 500);
        assertEquals("SELECT TIMESTAMP '2024-10-21 09:44:15' - 1, 'SYSDATE', t.SYSDATE FROM t -- SYSDATE",
                OracleFunctions.emulate("SELECT sysdate - 1, 'SYSDATE', t.SYSDATE FROM t -- SYSDATE", clock,
                        () -> 42L));
        assertEquals("SELECT SYSDATE FROM DUAL", emulate("SELECT SYSDATE FROM DUAL"), "no clock: H2's own");
    }
}
