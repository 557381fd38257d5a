package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.MappingNote.Level;
import org.junit.jupiter.api.Test;

/** One test per rule of the type mapping table in docs/migration-copy.md. */
class OracleTypeMappingTest {

    private static SourceCatalog.Column column(String type, Integer length, Integer precision, Integer scale,
            String charUsed, Integer charLength) {
        return SourceCatalog.Column.oracle("C", type, length, precision, scale, charUsed, charLength, true, null);
    }

    private static String map(String type, Integer length, Integer precision, Integer scale) {
        return OracleTypeMapping.map("T.C", column(type, length, precision, scale, null, null)).type();
    }

    private static List<String> codes(OracleTypeMapping.Mapped mapped) {
        return mapped.notes().stream().map(MappingNote::code).toList();
    }

    @Test
    void numberWithoutScaleTakesTheSmallestIntegerTypeThatHoldsItsDigits() {
        assertEquals("smallint", map("NUMBER", 22, 1, 0));
        assertEquals("smallint", map("NUMBER", 22, 4, 0));
        assertEquals("integer", map("NUMBER", 22, 5, 0));
        assertEquals("integer", map("NUMBER", 22, 9, 0));
        assertEquals("bigint", map("NUMBER", 22, 10, 0));
        assertEquals("bigint", map("NUMBER", 22, 18, 0));
        assertEquals("numeric(19,0)", map("NUMBER", 22, 19, 0));
        assertEquals("numeric(38,0)", map("NUMBER", 22, 38, 0));
    }

    @Test
    void numberWithScaleIsNumericOfTheSamePrecisionAndScale() {
        assertEquals("numeric(10,2)", map("NUMBER", 22, 10, 2));
        assertEquals("numeric(38,10)", map("NUMBER", 22, 38, 10));
    }

    @Test
    void numberWithoutPrecisionIsUnconstrainedNumeric() {
        OracleTypeMapping.Mapped mapped = OracleTypeMapping.map("T.C", column("NUMBER", 22, null, null, null, null));
        assertEquals("numeric", mapped.type());
        assertEquals(List.of("number-unconstrained"), codes(mapped));
    }

    @Test
    void integerIsThirtyEightDigitsNotBigint() {
        OracleTypeMapping.Mapped mapped = OracleTypeMapping.map("T.C", column("NUMBER", 22, null, 0, null, null));
        assertEquals("numeric(38,0)", mapped.type());
        assertEquals(List.of("integer-38"), codes(mapped));
    }

    @Test
    void negativeScaleWidensTheIntegerDigits() {
        OracleTypeMapping.Mapped mapped = OracleTypeMapping.map("T.C", column("NUMBER", 22, 5, -2, null, null));
        assertEquals("numeric(7,0)", mapped.type());
        assertEquals(Level.WARNING, mapped.notes().get(0).level());
    }

    @Test
    void scaleAbovePrecisionKeepsTheScale() {
        assertEquals("numeric(5,5)", map("NUMBER", 22, 3, 5));
    }

    @Test
    void floatFitsADoubleOrStaysExact() {
        assertEquals("double precision", map("FLOAT", 22, 53, null));
        assertEquals("numeric", map("FLOAT", 22, 126, null));
        assertEquals("numeric", map("FLOAT", 22, null, null));
        assertEquals("real", map("BINARY_FLOAT", 4, null, null));
        assertEquals("double precision", map("BINARY_DOUBLE", 8, null, null));
    }

    @Test
    void dateKeepsItsTimeOfDay() {
        OracleTypeMapping.Mapped mapped = OracleTypeMapping.map("T.C", column("DATE", 7, null, null, null, null));
        assertEquals("timestamp(0) without time zone", mapped.type());
        assertEquals(List.of("date-has-time"), codes(mapped));
    }

    @Test
    void timestampsKeepUpToMicroseconds() {
        assertEquals("timestamp(6) without time zone", map("TIMESTAMP(6)", 11, null, 6));
        assertEquals("timestamp(3) without time zone", map("TIMESTAMP(3)", 11, null, 3));
        OracleTypeMapping.Mapped nine = OracleTypeMapping.map("T.C", column("TIMESTAMP(9)", 11, null, 9, null, null));
        assertEquals("timestamp(6) without time zone", nine.type());
        assertEquals(List.of("fraction-rounded"), codes(nine));
    }

    @Test
    void timestampWithTimeZoneKeepsTheInstantNotTheRegion() {
        OracleTypeMapping.Mapped zoned = OracleTypeMapping.map("T.C",
                column("TIMESTAMP(6) WITH TIME ZONE", 13, null, 6, null, null));
        assertEquals("timestamp(6) with time zone", zoned.type());
        assertEquals(List.of("zone-region-lost"), codes(zoned));
        OracleTypeMapping.Mapped local = OracleTypeMapping.map("T.C",
                column("TIMESTAMP(6) WITH LOCAL TIME ZONE", 11, null, 6, null, null));
        assertEquals("timestamp(6) with time zone", local.type());
        assertEquals(List.of("local-time-zone"), codes(local));
    }

    @Test
    void intervals() {
        assertEquals("interval year to month", map("INTERVAL YEAR(2) TO MONTH", 5, 2, 0));
        assertEquals("interval day to second(6)", map("INTERVAL DAY(2) TO SECOND(6)", 11, 2, 6));
    }

    @Test
    void varchar2InBytesOrCharactersBecomesVarcharOfThatManyCharacters() {
        OracleTypeMapping.Mapped bytes = OracleTypeMapping.map("T.C", column("VARCHAR2", 20, null, null, "B", 20));
        assertEquals("varchar(20)", bytes.type());
        assertEquals(List.of("byte-semantics"), codes(bytes));
        // 10 CHAR in an AL32UTF8 database: DATA_LENGTH 40 bytes, CHAR_LENGTH 10
        OracleTypeMapping.Mapped chars = OracleTypeMapping.map("T.C", column("VARCHAR2", 40, null, null, "C", 10));
        assertEquals("varchar(10)", chars.type());
        assertTrue(chars.notes().isEmpty());
    }

    @Test
    void nationalAndFixedCharacters() {
        assertEquals("varchar(30)",
                OracleTypeMapping.map("T.C", column("NVARCHAR2", 60, null, null, "C", 30)).type());
        assertEquals("char(2)", OracleTypeMapping.map("T.C", column("CHAR", 2, null, null, "B", 2)).type());
        assertEquals("char(4)", OracleTypeMapping.map("T.C", column("NCHAR", 8, null, null, "C", 4)).type());
    }

    @Test
    void largeObjectsAndLong() {
        assertEquals("text", map("CLOB", 4000, null, null));
        assertEquals("text", map("NCLOB", 4000, null, null));
        assertEquals("text", map("LONG", 0, null, null));
        assertEquals("bytea", map("BLOB", 4000, null, null));
        assertEquals("bytea", map("RAW", 16, null, null));
        assertEquals("bytea", map("LONG RAW", 0, null, null));
    }

    @Test
    void rowidsAreTextWithAWarning() {
        OracleTypeMapping.Mapped rowid = OracleTypeMapping.map("T.C", column("ROWID", 10, null, null, null, null));
        assertEquals("varchar(18)", rowid.type());
        assertEquals(Level.WARNING, rowid.notes().get(0).level());
        assertEquals("varchar(4000)", map("UROWID", 4000, null, null));
    }

    @Test
    void xmltypeBecomesXml() {
        assertEquals("xml", map("XMLTYPE", 2000, null, null));
    }

    @Test
    void bfileIsRefusedWithItsReason() {
        OracleTypeMapping.Mapped bfile = OracleTypeMapping.map("T.C", column("BFILE", 530, null, null, null, null));
        assertTrue(bfile.refused());
        assertEquals(Level.REFUSED, bfile.notes().get(0).level());
        assertTrue(CopyTexts.note(Locale.ENGLISH, bfile.notes().get(0)).contains("Oracle server's disk"),
                CopyTexts.note(Locale.ENGLISH, bfile.notes().get(0)));
        assertTrue(CopyTexts.note(Locale.SIMPLIFIED_CHINESE, bfile.notes().get(0)).contains("BFILE"));
    }

    @Test
    void anUnknownTypeIsRefusedNamingIt() {
        OracleTypeMapping.Mapped geometry = OracleTypeMapping.map("T.C",
                column("SDO_GEOMETRY", 1, null, null, null, null));
        assertNull(geometry.type());
        assertEquals(List.of("SDO_GEOMETRY"), geometry.notes().get(0).arguments());
    }

    private static String defaultFor(String text, String targetType, List<MappingNote> notes) {
        return OracleTypeMapping.defaultExpression("T.C", text, targetType, notes);
    }

    @Test
    void sysdateBecomesTheLocalTimestamp() {
        List<MappingNote> notes = new ArrayList<>();
        assertEquals("LOCALTIMESTAMP(0)", defaultFor("SYSDATE ", "timestamp(0) without time zone", notes));
        assertEquals("LOCALTIMESTAMP(0)", defaultFor("sysdate", "timestamp(0) without time zone", notes));
        assertEquals("now()", defaultFor("SYSTIMESTAMP", "timestamp(6) with time zone", notes));
        assertEquals(List.of("default-sysdate", "default-sysdate", "default-systimestamp"),
                notes.stream().map(MappingNote::code).toList());
    }

    @Test
    void sysGuidBecomesARandomUuidOfTheColumnsType() {
        List<MappingNote> notes = new ArrayList<>();
        assertEquals("decode(replace(gen_random_uuid()::text, '-', ''), 'hex')", defaultFor("SYS_GUID()", "bytea", notes));
        assertEquals("upper(replace(gen_random_uuid()::text, '-', ''))", defaultFor("sys_guid()", "varchar(32)", notes));
    }

    @Test
    void sequenceNextvalBecomesNextvalOfTheCopiedSequence() {
        List<MappingNote> notes = new ArrayList<>();
        assertEquals("nextval('\"seq_patient\"')", defaultFor("HIS.SEQ_PATIENT.NEXTVAL", "bigint", notes));
        assertEquals("default-nextval", notes.get(0).code());
    }

    @Test
    void literalsPassAndTheRestIsRefusedNotGuessed() {
        List<MappingNote> notes = new ArrayList<>();
        assertEquals("0", defaultFor("0", "integer", notes));
        assertEquals("'N'", defaultFor("'N' ", "char(1)", notes));
        assertEquals("'it''s'", defaultFor("'it''s'", "varchar(10)", notes));
        assertEquals("current_user", defaultFor("USER", "varchar(30)", notes));
        assertNull(defaultFor("NULL", "varchar(30)", notes));
        assertNull(defaultFor("TO_CHAR(SYSDATE,'YYYY')", "varchar(4)", notes));
        assertEquals(Level.REFUSED, notes.get(notes.size() - 1).level());
    }
}
