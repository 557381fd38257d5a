package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.hisops.db.api.Engine;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.MappingNote;
import org.junit.jupiter.api.Test;

/** The DDL rules of the translation that do not depend on a type, and the COPY text format. */
class TranslatorTest {

    private static SourceCatalog.Column pg(String name, String type, boolean nullable, String defaultText) {
        return new SourceCatalog.Column(name, null, null, null, null, null, null, nullable, defaultText, null, type,
                false);
    }

    @Test
    void postgresKeysComeAfterTheDataChecksWithTheTableAndNotValidIsEnforced() {
        SourceCatalog.Table fee = new SourceCatalog.Table("fee", null,
                List.of(pg("id", "integer", false, null), pg("amount", "numeric(10,2)", true, "0")),
                List.of(new SourceCatalog.Constraint("fee_pkey", 'P', List.of("id"), null, null, null, null,
                        "PRIMARY KEY (id)", true),
                        new SourceCatalog.Constraint("fee_amount", 'C', List.of("amount"), null, null, null, null,
                                "CHECK (amount >= 0::numeric) NOT VALID", false),
                        new SourceCatalog.Constraint("fee_parent", 'R', List.of("id"), null, null, null, null,
                                "FOREIGN KEY (id) REFERENCES parent(id) ON DELETE CASCADE", true)),
                List.of());
        CopyPlan plan = Translator.translate(new SourceCatalog(Engine.POSTGRESQL, "17.6", false, "his", List.of(fee),
                List.of(), List.of()), "target").plan();

        CopyPlan.TablePlan table = plan.tables().get(0);
        assertEquals("CREATE TABLE IF NOT EXISTS \"target\".\"fee\" (\"id\" integer NOT NULL, \"amount\" numeric(10,2) "
                + "DEFAULT 0)", table.create().get(0));
        assertEquals("ALTER TABLE \"target\".\"fee\" ADD CONSTRAINT \"fee_amount\" CHECK (amount >= 0::numeric)",
                table.create().get(1));
        assertEquals(List.of("ALTER TABLE \"target\".\"fee\" ADD CONSTRAINT \"fee_pkey\" PRIMARY KEY (id)",
                "ALTER TABLE \"target\".\"fee\" ADD CONSTRAINT \"fee_parent\" FOREIGN KEY (id) REFERENCES parent(id) "
                        + "ON DELETE CASCADE NOT VALID",
                "ALTER TABLE \"target\".\"fee\" VALIDATE CONSTRAINT \"fee_parent\""), plan.afterData());
        assertEquals(List.of("check-not-validated"), plan.notes().stream().map(MappingNote::code).toList());
        assertEquals(List.of("id"), table.key());
    }

    @Test
    void aUniqueKeyOfNotNullColumnsServesWhenThereIsNoPrimaryKeyAndNoneMeansRestart() {
        SourceCatalog.Constraint unique = new SourceCatalog.Constraint("u", 'U', List.of("code"), null, null, null,
                null, "UNIQUE (code)", true);
        SourceCatalog.Table notNull = new SourceCatalog.Table("t", null, List.of(pg("code", "text", false, null)),
                List.of(unique), List.of());
        SourceCatalog.Table nullable = new SourceCatalog.Table("t", null, List.of(pg("code", "text", true, null)),
                List.of(unique), List.of());
        assertEquals(List.of("code"), Translator.keyColumns(notNull));
        assertEquals(List.of(), Translator.keyColumns(nullable));
        CopyPlan plan = Translator.translate(new SourceCatalog(Engine.POSTGRESQL, "17.6", false, "his",
                List.of(nullable), List.of(), List.of()), "x").plan();
        assertEquals("no-key-restart", plan.notes().get(0).code());
    }

    @Test
    void sequencesBeforeTheTablesAndTheirPositionAfterTheData() {
        SourceCatalog.Sequence used = new SourceCatalog.Sequence("s_used", BigInteger.ONE, BigInteger.valueOf(1000),
                BigInteger.TWO, true, 1, BigInteger.valueOf(41), true);
        SourceCatalog.Sequence fresh = new SourceCatalog.Sequence("s_fresh", BigInteger.ONE, BigInteger.TEN,
                BigInteger.ONE, false, 0, null, false);
        CopyPlan plan = Translator.translate(new SourceCatalog(Engine.POSTGRESQL, "17.6", false, "his", List.of(),
                List.of(used, fresh), List.of()), "t").plan();
        assertEquals(List.of("CREATE SCHEMA IF NOT EXISTS \"t\"",
                "CREATE SEQUENCE IF NOT EXISTS \"t\".\"s_used\" INCREMENT BY 2 MINVALUE 1 MAXVALUE 1000 CACHE 1 CYCLE",
                "CREATE SEQUENCE IF NOT EXISTS \"t\".\"s_fresh\" INCREMENT BY 1 MINVALUE 1 MAXVALUE 10 CACHE 1 NO CYCLE"),
                plan.beforeData());
        assertEquals(List.of("SELECT setval('\"t\".\"s_used\"', 41, true)"), plan.afterData());
    }

    @Test
    void oracleSequenceBoundsBeyondBigintAreClampedWithANote() {
        SourceCatalog.Sequence descending = new SourceCatalog.Sequence("SEQ_DOWN",
                new BigInteger("-999999999999999999999999999"), BigInteger.valueOf(-1), BigInteger.valueOf(-1), false,
                20, BigInteger.valueOf(-21), false);
        CopyPlan plan = Translator.translate(new SourceCatalog(Engine.ORACLE, "10.2.0.5", true, "HIS", List.of(),
                List.of(descending), List.of()), "his").plan();
        assertTrue(plan.beforeData().get(1).contains("\"seq_down\" INCREMENT BY -1 MINVALUE -9223372036854775808 "
                + "MAXVALUE -1"), plan.beforeData()::toString);
        assertEquals("sequence-min-clamped", plan.notes().get(0).code());
    }

    @Test
    void oracleNamesFoldToLowerCaseUnlessTheyWereQuotedMixedCase() {
        assertEquals("patient", Identifiers.fold("PATIENT"));
        assertEquals("MixedCase", Identifiers.fold("MixedCase"));
        assertEquals("\"a\"\"b\"", Identifiers.quote("a\"b"));
        assertEquals("'it''s'", Identifiers.literal("it's"));
    }

    @Test
    void copyTextEscapesWhatTheFormatReservesAndReadsItBack() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CopyText.appendText(out, "a\tb\nc\\d\r\u5f20");
        out.write(CopyText.TAB);
        CopyText.appendNull(out);
        out.write(CopyText.TAB);
        CopyText.appendBytes(out, new byte[] { (byte) 0xca, (byte) 0xfe });
        byte[] line = out.toByteArray();
        assertEquals("a\\tb\\nc\\\\d\\r\u5f20\t\\N\t\\\\xcafe", new String(line, StandardCharsets.UTF_8));
        assertEquals(Arrays.asList("a\tb\nc\\d\r\u5f20", null, "\\xcafe"), CopyText.fields(line, 0, line.length));
    }

    @Test
    void theRejectReasonFollowsTheSqlState() {
        assertEquals("invalid-text", RejectReasons.reason("22021"));
        assertEquals("too-long", RejectReasons.reason("22001"));
        assertEquals("check", RejectReasons.reason("23514"));
        assertEquals("invalid-date", RejectReasons.reason("22008"));
        assertEquals("invalid-value", RejectReasons.reason("22P02"));
        assertTrue(RejectReasons.aboutRows("23505"));
        assertTrue(!RejectReasons.aboutRows("08006") && !RejectReasons.aboutRows("57P01"));
    }
}
