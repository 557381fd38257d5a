package org.hisops.migration.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each normalisation rule of docs/migration.md, evaluated by a real PostgreSQL 17 on the expressions the engine
 * generates, and the Oracle expression of the same rule as the engine writes it (Oracle cannot run here: its texts
 * are pinned so a change of a rule is a visible change of both sides).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CanonicalRulesTest {

    @TempDir
    static Path temp;

    private PostgresServer server;
    private final PostgresDialect pg = new PostgresDialect(true);
    private final OracleDialect ora = new OracleDialect();

    @BeforeAll
    void start() {
        server = PostgresServer.builder(temp.resolve("pg"), "rules").build().start();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** The canonical text PostgreSQL gives for {@code value::type} under a rule. */
    private String pg(String value, String type, ColumnKind kind, boolean emptyIsNull, boolean hashed)
            throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement()) {
            s.execute("SET TIME ZONE 'Asia/Shanghai'");
            try (ResultSet rs = s.executeQuery("SELECT " + pg.part("v", kind, emptyIsNull, hashed) + " FROM (SELECT "
                    + value + "::" + type + " AS v) t")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void numbersArePlainWithoutTrailingZerosOrExponent() throws Exception {
        assertEquals("12.5", pg("12.500", "numeric(10,3)", ColumnKind.DECIMAL, false, false));
        assertEquals("100", pg("100.00", "numeric(10,2)", ColumnKind.DECIMAL, false, false));
        assertEquals("0.5", pg("0.50", "numeric", ColumnKind.DECIMAL, false, false));
        assertEquals("-0.5", pg("-0.5", "numeric", ColumnKind.DECIMAL, false, false));
        assertEquals("0", pg("-0.00", "numeric", ColumnKind.DECIMAL, false, false));
        assertEquals("1000000000000000000000", pg("1e21", "numeric", ColumnKind.DECIMAL, false, false));
        assertEquals("0.00000001", pg("1e-8", "numeric", ColumnKind.DECIMAL, false, false));
        assertEquals("42", pg("42", "int8", ColumnKind.INTEGER, false, false));
        // Oracle: TO_CHAR(x, 'TM9') is minimal and never scientific below 64 characters; .5 gets its 0 back
        assertEquals("CASE WHEN \"V\" > -1 AND \"V\" < 1 AND \"V\" <> 0 THEN REPLACE(TO_CHAR(\"V\", 'TM9'), '.', '0.') "
                + "ELSE TO_CHAR(\"V\", 'TM9') END", ora.part("V", ColumnKind.DECIMAL, false, false));
    }

    @Test
    void minusZeroOfAFloatIsZero() throws Exception {
        assertEquals("0", pg("'-0'", "float8", ColumnKind.FLOAT, false, false));
        assertEquals("0.25", pg("0.25", "float8", ColumnKind.FLOAT, false, false));
        assertTrue(ora.part("V", ColumnKind.FLOAT, false, false).contains("CAST(\"V\" AS NUMBER)"));
    }

    @Test
    void datesHaveSecondsAndTimestampsTheirFractionWithoutTrailingZeros() throws Exception {
        assertEquals("2024-05-01 00:00:00", pg("'2024-05-01'", "date", ColumnKind.DATE, false, false));
        assertEquals("2024-05-01 10:20:30", pg("'2024-05-01 10:20:30'", "timestamp(0)", ColumnKind.TIMESTAMP, false,
                false));
        assertEquals("2024-05-01 10:20:30.12", pg("'2024-05-01 10:20:30.120'", "timestamp(3)", ColumnKind.TIMESTAMP,
                false, false));
        assertEquals("TO_CHAR(\"D\", 'YYYY-MM-DD HH24:MI:SS')", ora.part("D", ColumnKind.DATE, false, false));
        assertEquals("RTRIM(RTRIM(TO_CHAR(\"T\", 'YYYY-MM-DD HH24:MI:SS.FF6'), '0'), '.')",
                ora.part("T", ColumnKind.TIMESTAMP, false, false));
    }

    @Test
    void timestampsWithTimeZoneAreUtc() throws Exception {
        // the session runs in Asia/Shanghai; the same instant written in Tokyo time gives the same text
        assertEquals("2024-05-01 02:00:00Z", pg("'2024-05-01 10:00:00+08'", "timestamptz", ColumnKind.TIMESTAMPTZ,
                false, false));
        assertEquals("2024-05-01 02:00:00Z", pg("'2024-05-01 11:00:00+09'", "timestamptz", ColumnKind.TIMESTAMPTZ,
                false, false));
        assertTrue(ora.part("T", ColumnKind.TIMESTAMPTZ, false, false).contains("SYS_EXTRACT_UTC(\"T\")"));
        // Oracle's NULL || 'Z' is 'Z': a NULL time must stay NULL (found by OracleVerificationTest on the stand-in)
        assertTrue(ora.part("T", ColumnKind.TIMESTAMPTZ, false, false).startsWith("CASE WHEN \"T\" IS NULL THEN NULL "));
    }

    @Test
    void charPaddingIsRemoved() throws Exception {
        assertEquals("W1", pg("'W1'", "char(6)", ColumnKind.CHAR, false, false));
        assertEquals("RTRIM(\"C\", ' ')", ora.part("C", ColumnKind.CHAR, false, false));
    }

    @Test
    void emptyStringIsNullOnlyWhenTheRuleIsOn() throws Exception {
        assertEquals(null, pg("''", "varchar", ColumnKind.TEXT, true, false));
        assertEquals("", pg("''", "varchar", ColumnKind.TEXT, false, false));
        assertEquals(null, pg("'   '", "char(3)", ColumnKind.CHAR, true, false));
    }

    @Test
    void chineseTextIsHashedAsUtf8Characters() throws Exception {
        // 患者 in UTF-8 is e6 82 a3 e8 80 85; the hash input is that, whatever the database's encoding
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest("患者".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(expected, pg("'患者'", "text", ColumnKind.TEXT, false, true));
        assertEquals("md5(convert_to(\"t\"::text, 'UTF8'))", new PostgresDialect(false).part("t", ColumnKind.CLOB,
                false, true));
        // Oracle hashes a CLOB as AL32UTF8 whatever the database character set (ZHS16GBK included)
        assertEquals("LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(TO_CLOB(\"T\"), 2)))", ora.part("T", ColumnKind.TEXT, false,
                true));
    }

    @Test
    void lobsAndBinaryAreComparedByTheirMd5() throws Exception {
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                .digest(new byte[] { 1, 2, 3 }));
        assertEquals(expected, pg("'\\x010203'", "bytea", ColumnKind.BINARY, false, true));
        assertEquals("LOWER(RAWTOHEX(DBMS_CRYPTO.HASH(\"B\", 2)))", ora.part("B", ColumnKind.BINARY, false, true));
    }

    @Test
    void framingTellsNullFromTextAndKeepsColumnsApart() throws Exception {
        try (Connection c = server.connect("postgres"); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + pg.join(List.of(pg.framed("a"), pg.framed("b")))
                        + " FROM (SELECT NULL::text a, 'N'::text b) t")) {
            rs.next();
            assertEquals("N|V1:N", rs.getString(1));
        }
        assertEquals("MOD(h, 7)", ora.mod("h", 7));
        assertEquals("TO_NUMBER(SUBSTR(x, 1, 15), 'XXXXXXXXXXXXXXX')", ora.h15("x"));
    }

    @Test
    void compositeKeyRangesAreExpandedForOracle() {
        assertEquals("(\"A\" > ? OR (\"A\" = ? AND \"B\" >= ?))", ora.keyCompare(List.of("A", "B"), ">="));
        assertEquals(List.of(1L, 1L, 2L), ora.keyBinding(List.of(1L, 2L)));
        assertEquals("(\"a\", \"b\") < (?, ?)", pg.keyCompare(List.of("a", "b"), "<"));
    }
}
