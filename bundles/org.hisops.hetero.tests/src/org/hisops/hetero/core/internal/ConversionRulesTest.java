package org.hisops.hetero.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.ConversionRule;
import org.hisops.hetero.api.EffortTable;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;
import org.junit.jupiter.api.Test;

/**
 * Every shipped rule on a source text that must fire it (and only the rules listed), plus texts that must not fire:
 * comments, string literals, neighbouring types. A rule without a sample here fails the test.
 */
class ConversionRulesTest {

    private static final ConversionRules RULES = HeterogeneousAssessorComponent.shippedRules();
    private static final EffortTable EFFORT = new EffortTable(30, 6, 200, Map.of(ObjectKind.PACKAGE, 2.0));

    /** kind, line, the rules that must fire on it, as often as listed. */
    private record Sample(ObjectKind kind, String text, List<String> rules) {
    }

    private static Sample s(ObjectKind kind, String text, String... rules) {
        return new Sample(kind, text, List.of(rules));
    }

    private static final ObjectKind T = ObjectKind.TABLE;
    private static final ObjectKind P = ObjectKind.PROCEDURE;

    private static final List<Sample> SAMPLES = List.of(
            s(T, "COLUMN ID NUMBER(10,0)", "col.number.integer"),
            s(T, "COLUMN ID NUMBER(*,0)", "col.number.integer"),
            s(T, "COLUMN AMOUNT NUMBER(12,2)", "col.number.scale"),
            s(T, "COLUMN BIG NUMBER(20,0)", "col.number.wide"),
            s(T, "COLUMN ANY NUMBER", "col.number.plain"),
            s(T, "COLUMN F FLOAT", "col.float"),
            s(T, "COLUMN D DATE", "col.date"),
            s(T, "COLUMN TS TIMESTAMP(6) WITH LOCAL TIME ZONE", "col.timestamp.ltz"),
            s(T, "COLUMN NAME VARCHAR2(40) CHARSET=ZHS16GBK", "col.varchar.gbk"),
            s(T, "COLUMN NAME VARCHAR2(40)"),
            s(T, "COLUMN DOC CLOB", "col.lob"),
            s(T, "COLUMN NOTES LONG", "col.long"),
            s(T, "COLUMN IMG LONG RAW", "col.long"),
            s(T, "COLUMN GUID RAW(16)", "col.raw"),
            s(T, "COLUMN SCAN BFILE", "col.bfile"),
            s(T, "COLUMN X XMLTYPE", "col.xmltype"),
            s(T, "COLUMN R ROWID", "col.rowid"),
            s(ObjectKind.PACKAGE, "PACKAGE BODY pkg_charge AS", "plsql.package"),
            s(ObjectKind.PACKAGE, "PACKAGE pkg_charge AS"),
            s(P, "  START WITH id = 1 CONNECT BY PRIOR id = parent_id", "plsql.connect.by"),
            s(P, "  WHERE a.id = b.id(+)", "plsql.outer.join"),
            s(P, "  AND ROWNUM <= 10", "plsql.rownum"),
            s(P, "  x := DECODE(a, 1, 'one', 'other');", "plsql.decode"),
            s(P, "  x := NVL(a, 0) + NVL2(b, 1, 0);", "plsql.nvl", "plsql.nvl"),
            s(P, "  v_now := SYSDATE;", "plsql.sysdate"),
            s(P, "  v_id := seq_visit.NEXTVAL;", "plsql.sequence.nextval"),
            s(P, "  DBMS_OUTPUT.PUT_LINE('x');", "plsql.dbms.output"),
            s(P, "  DBMS_LOB.APPEND(v_doc, v_part);", "plsql.dbms.lob"),
            s(P, "  f := UTL_FILE.FOPEN('DIR', 'a.txt', 'w');", "plsql.utl.file"),
            s(P, "  DBMS_JOB.SUBMIT(j, 'p;', SYSDATE, 'SYSDATE+1');", "plsql.dbms.job", "plsql.sysdate"),
            s(P, "  c := DBMS_SQL.OPEN_CURSOR;", "plsql.dbms.sql"),
            s(P, "  DBMS_PIPE.PACK_MESSAGE(m); UTL_HTTP.REQUEST(u);", "plsql.dbms.other", "plsql.dbms.other"),
            s(P, "  PRAGMA AUTONOMOUS_TRANSACTION;", "plsql.autonomous"),
            s(P, "  EXECUTE IMMEDIATE v_sql;", "plsql.execute.immediate"),
            s(P, "  OPEN c FOR v_sql USING p_id;", "plsql.execute.immediate"),
            s(P, "  INSERT INTO log@emr.hospital VALUES (1);", "plsql.dblink.ref"),
            s(P, "  SELECT id BULK COLLECT INTO v_ids FROM t;", "plsql.bulk"),
            s(P, "  p_rows OUT SYS_REFCURSOR", "plsql.ref.cursor"),
            s(P, "  RAISE_APPLICATION_ERROR(-20001, 'no');", "plsql.raise.application.error"),
            s(ObjectKind.TRIGGER, "  :NEW.updated := 1; x := :OLD.id;", "trigger.new.old", "trigger.new.old"),
            s(ObjectKind.TRIGGER, "TRIGGER TYPE=INSTEAD OF EVENT=INSERT ON=V", "trigger.instead.of"),
            s(ObjectKind.TRIGGER, "TRIGGER TYPE=AFTER STATEMENT EVENT=UPDATE ON=T", "trigger.statement"),
            s(ObjectKind.TRIGGER, "TRIGGER TYPE=COMPOUND EVENT=INSERT ON=T", "trigger.compound"),
            s(ObjectKind.TRIGGER, "TRIGGER TYPE=AFTER EVENT EVENT=LOGON ON=", "trigger.system.event"),
            s(ObjectKind.TYPE, "TYPE TYPECODE=OBJECT METHODS=0", "type.object"),
            s(ObjectKind.TYPE, "TYPE TYPECODE=OBJECT METHODS=2", "type.object.methods"),
            s(ObjectKind.TYPE, "TYPE TYPECODE=COLLECTION METHODS=0", "type.collection"),
            s(ObjectKind.SEQUENCE, "SEQUENCE MIN=1 MAX=9999999999999999999999999999 INCREMENT=1 CYCLE=N ORDER=N CACHE=0 "
                    + "LAST=1 MAX_ABOVE_BIGINT=Y LAST_ABOVE_BIGINT=N", "seq.max.bigint"),
            s(ObjectKind.SEQUENCE, "SEQUENCE MIN=1 MAX=1E30 INCREMENT=1 CYCLE=N ORDER=N CACHE=0 LAST=1E20 "
                    + "MAX_ABOVE_BIGINT=Y LAST_ABOVE_BIGINT=Y", "seq.max.bigint", "seq.last.bigint"),
            s(ObjectKind.SEQUENCE, "SEQUENCE MIN=1 MAX=999 INCREMENT=1 CYCLE=Y ORDER=N CACHE=20 LAST=1 "
                    + "MAX_ABOVE_BIGINT=N LAST_ABOVE_BIGINT=N", "seq.cycle", "seq.cache"),
            s(ObjectKind.SYNONYM, "SYNONYM PUBLIC FOR HIS.PATIENT", "synonym.local"),
            s(ObjectKind.SYNONYM, "SYNONYM PRIVATE FOR EMR.DOC@EMR.HOSPITAL", "synonym.remote"),
            s(ObjectKind.DATABASE_LINK, "DATABASE LINK HOST=emr FIXED_USER=EMR_READ", "dblink"),
            s(ObjectKind.MATERIALIZED_VIEW, "MATERIALIZED VIEW REFRESH_MODE=DEMAND REFRESH_METHOD=COMPLETE",
                    "mview.complete"),
            s(ObjectKind.MATERIALIZED_VIEW, "MATERIALIZED VIEW REFRESH_MODE=COMMIT REFRESH_METHOD=FAST", "mview.fast"),
            s(ObjectKind.MATERIALIZED_VIEW, "MATERIALIZED VIEW REFRESH_MODE=DEMAND REFRESH_METHOD=FORCE MASTER_LINK=@LIS",
                    "mview.complete", "mview.remote"),
            s(ObjectKind.JOB, "JOB DBMS_JOB INTERVAL=SYSDATE+1 BROKEN=N WHAT=p;", "job.dbms.job"),
            s(ObjectKind.JOB, "JOB DBMS_SCHEDULER TYPE=PLSQL_BLOCK SCHEDULE=CALENDAR ACTION=BEGIN p; END;",
                    "job.scheduler"),
            s(ObjectKind.JOB, "JOB DBMS_SCHEDULER TYPE=EXECUTABLE SCHEDULE=CALENDAR ACTION=/bin/backup.sh",
                    "job.scheduler", "job.executable"));

    private static List<String> fired(ObjectKind kind, String... lines) {
        List<SourceObject.Line> l = new ArrayList<>();
        PlsqlText code = new PlsqlText();
        for (int i = 0; i < lines.length; i++) {
            l.add(new SourceObject.Line(i + 1, code.code(lines[i]), lines[i]));
        }
        return RULES.assess(new SourceObject("HIS", "X", kind, l, 0), TargetFlavour.POSTGRESQL, EFFORT).hits()
                .stream().map(RuleHit::ruleId).sorted().toList();
    }

    @Test
    void everyRuleFiresOnItsSampleAndNothingElseFires() {
        Set<String> covered = new HashSet<>();
        for (Sample sample : SAMPLES) {
            List<String> got = fired(sample.kind(), sample.text());
            assertEquals(sample.rules().stream().sorted().toList(), got, sample.kind() + " " + sample.text());
            covered.addAll(got);
        }
        Set<String> missing = new TreeSet<>();
        RULES.rules().forEach(r -> {
            if (!covered.contains(r.id())) {
                missing.add(r.id());
            }
        });
        assertTrue(missing.isEmpty(), "rules without a sample that fires them: " + missing);
    }

    @Test
    void repeatedConstructsAreCountedPerOccurrence() {
        assertEquals(List.of("plsql.nvl", "plsql.nvl"), fired(P, "  x := NVL(a, 0) + NVL2(b, 1, 0);"));
        assertEquals(List.of("trigger.new.old", "trigger.new.old"), fired(ObjectKind.TRIGGER, ":NEW.a := :OLD.a;"));
    }

    @Test
    void commentsAndLiteralsDoNotFire() {
        assertEquals(List.of(), fired(P, "  -- uses ROWNUM and CONNECT BY", "  /* DBMS_OUTPUT.PUT_LINE(1);",
                "  still a comment: SYSDATE */ x := 1;", "  v := 'SELECT * FROM t WHERE ROWNUM < 2';",
                "  v := q'[it''s SYSDATE]';", "  v := 'it''s ROWNUM';"));
        // a rule after a closed comment on the same line fires
        assertEquals(List.of("plsql.sysdate"), fired(P, "  /* note */ v := SYSDATE;"));
    }

    @Test
    void theFlavourDecidesTheVerdictAndTheUnits() {
        List<SourceObject.Line> lines = List.of(new SourceObject.Line(1, "PACKAGE BODY p AS", "PACKAGE BODY p AS"),
                new SourceObject.Line(2, " CONNECT BY PRIOR a = b", " CONNECT BY PRIOR a = b"));
        SourceObject pkg = new SourceObject("HIS", "P", ObjectKind.PACKAGE, lines, 400);
        AssessedObject pg = RULES.assess(pkg, TargetFlavour.POSTGRESQL, EFFORT);
        AssessedObject kb = RULES.assess(pkg, TargetFlavour.KINGBASE, EFFORT);
        assertEquals(Conversion.REVIEW, pg.conversion());
        assertEquals(Conversion.AUTO, kb.conversion());
        // base 2 + 400 lines / 200 + package 4 + CONNECT BY 2 on PostgreSQL; base and lines only on KingbaseES
        assertEquals(10.0, pg.units());
        assertEquals(4.0, kb.units());
        assertEquals(List.of(1, 2), pg.hits().stream().map(RuleHit::line).toList());
        assertEquals(10.0 * 30 / 60 / 6, EFFORT.personDays(pg.units()), 1e-9);
    }

    @Test
    void aMalformedRulesFileIsRefusedWithItsLine() {
        String bad = "ID\tKINDS\tPOSTGRESQL\tKINGBASE\tPOSTGRESQL_UNITS\tKINGBASE_UNITS\tPATTERN\n"
                + "x.rule\tTABLE\tAUTO\tSOMETIMES\t0\t0\t^COLUMN\n";
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ConversionRules.read(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("conversion-rules.tsv"), e.getMessage());
        IOException short_ = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> ConversionRules.read(new ByteArrayInputStream("a\tb\n".getBytes(StandardCharsets.UTF_8))));
        assertTrue(short_.getMessage().contains("line 1"), short_.getMessage());
    }

    @Test
    void everyRuleHasItsTextsInBothLanguages() {
        org.hisops.platform.api.BundleTexts texts = org.hisops.platform.api.BundleTexts.of(ConversionRules.class);
        for (ConversionRule r : RULES.rules()) {
            for (java.util.Locale l : List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE)) {
                assertTrue(texts.text(l, r.titleKey(), null) != null, r.id() + " title " + l);
                assertTrue(texts.text(l, r.whyKey(), null) != null, r.id() + " why " + l);
            }
        }
    }

    /** docs/heterogeneous.md documents every shipped rule (tests run in the test bundle's folder). */
    @Test
    void theDocsListEveryRule() throws IOException {
        java.nio.file.Path doc = java.nio.file.Path.of("").toAbsolutePath().getParent().getParent()
                .resolve("docs/heterogeneous.md");
        String text = java.nio.file.Files.readString(doc);
        Set<String> missing = new TreeSet<>();
        RULES.rules().forEach(r -> {
            if (!text.contains("| `" + r.id() + "` |")) {
                missing.add(r.id());
            }
        });
        assertTrue(missing.isEmpty(), "rules missing from docs/heterogeneous.md: " + missing);
    }
}
