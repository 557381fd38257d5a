package org.hisops.hetero.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.HeteroProgress;
import org.hisops.hetero.api.HeterogeneousAssessor;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The inventory and the rules on the emulated 10.2 HIS database {@code hetero-10g} (emulated: H2 in Oracle mode,
 * dictionary built from the catalogue), through the real broker and the real assessor service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeteroInventoryScenarioTest {

    private HeterogeneousAssessor assessor;
    private Endpoint endpoint;

    @BeforeAll
    void services() throws Exception {
        assessor = Services.get(HeterogeneousAssessor.class);
        CredentialStore credentials = Services.get(CredentialStore.class);
        credentials.store("hetero-10g", "hisops-demo".toCharArray());
        endpoint = new Endpoint("hetero-10g", "hetero-site", "hetero-10g", "HIS", Engine.ORACLE, "his-db1", 1521,
                AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10,
                "hetero-10g");
    }

    private static Map<String, String> verdicts(HeteroAssessment a) {
        Map<String, String> m = new TreeMap<>();
        a.objects().forEach(o -> m.put(o.kind() + " " + o.qualifiedName(), o.conversion().name()));
        return m;
    }

    private static AssessedObject object(HeteroAssessment a, ObjectKind kind, String name) {
        return a.objects().stream().filter(o -> o.kind() == kind && o.qualifiedName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + name + " not in " + verdicts(a)));
    }

    private static List<String> hits(AssessedObject o) {
        return o.hits().stream().map(h -> h.line() + ":" + h.ruleId()).toList();
    }

    @Test
    void theHisSchemaForPostgresql() throws DatabaseException {
        List<String> progress = new ArrayList<>();
        HeteroAssessment a = assessor.assess(endpoint, TargetFlavour.POSTGRESQL, Set.of(), new HeteroProgress() {
            @Override
            public void schemaDone(String schema, int done, int total) {
                progress.add(schema + " " + done + "/" + total);
            }
        }, Cancellation.none());
        assertEquals(List.of("HIS"), a.schemas(), "Oracle's own schemas and PUBLIC are left out");
        assertEquals(List.of("HIS 1/1"), progress);
        assertEquals("ZHS16GBK", a.characterSet());
        assertTrue(a.emulated());
        assertTrue(a.sourceVersion().startsWith("10.2"), a.sourceVersion());
        Map<String, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("TABLE HIS.PATIENT", "MANUAL"), Map.entry("TABLE HIS.VISIT", "REVIEW"),
                Map.entry("TABLE HIS.DEPT", "AUTO"), Map.entry("TABLE HIS.PAT_VISIT", "AUTO"),
                Map.entry("VIEW HIS.V_DEPT_VISITS", "AUTO"), Map.entry("PACKAGE HIS.PKG_DEPT_TREE", "REVIEW"),
                Map.entry("PROCEDURE HIS.P_PURGE_VISITS", "MANUAL"), Map.entry("TRIGGER HIS.TRG_VISIT_AUDIT", "REVIEW"),
                Map.entry("TYPE HIS.T_ADDRESS", "MANUAL"), Map.entry("SEQUENCE HIS.SEQ_VISIT", "REVIEW"),
                Map.entry("SYNONYM HIS.S_LIS_RESULT", "REVIEW"), Map.entry("SYNONYM HIS.S_EMR_DOC", "MANUAL"),
                Map.entry("SYNONYM PUBLIC.PATIENT", "REVIEW"), Map.entry("DATABASE_LINK HIS.LIS.HOSPITAL", "MANUAL"),
                Map.entry("DATABASE_LINK HIS.EMR.HOSPITAL", "MANUAL"),
                Map.entry("MATERIALIZED_VIEW HIS.MV_DAILY_VISITS", "MANUAL"), Map.entry("JOB HIS.JOB 21", "MANUAL"),
                Map.entry("JOB HIS.HIS_PURGE", "MANUAL")));
        assertEquals(expected, verdicts(a));

        // the package: CONNECT BY on line 6 and DBMS_OUTPUT on 7; the ROWNUM of the comment on line 4 does not count
        assertEquals(List.of("1:plsql.package", "6:plsql.connect.by", "7:plsql.nvl", "7:plsql.dbms.output"),
                hits(object(a, ObjectKind.PACKAGE, "HIS.PKG_DEPT_TREE")));
        // SYSDATE and ROWNUM inside the dynamic statement's literal are not seen; the statement itself is
        assertEquals(List.of("2:plsql.autonomous", "4:plsql.execute.immediate", "5:plsql.sysdate", "5:plsql.dblink.ref"),
                hits(object(a, ObjectKind.PROCEDURE, "HIS.P_PURGE_VISITS")));
        assertEquals(List.of("3:plsql.sequence.nextval", "3:trigger.new.old"),
                hits(object(a, ObjectKind.TRIGGER, "HIS.TRG_VISIT_AUDIT")));
        assertEquals(List.of("0:type.object.methods"), hits(object(a, ObjectKind.TYPE, "HIS.T_ADDRESS")));
        assertEquals(List.of("2:col.varchar.gbk", "3:col.date", "4:col.number.scale", "5:col.lob", "6:col.bfile",
                "1:col.number.integer").stream().sorted().toList(),
                hits(object(a, ObjectKind.TABLE, "HIS.PATIENT")).stream().sorted().toList());
        RuleHit bfile = object(a, ObjectKind.TABLE, "HIS.PATIENT").hits().stream()
                .filter(h -> h.ruleId().equals("col.bfile")).findFirst().orElseThrow();
        assertEquals("COLUMN CARD_SCAN BFILE", bfile.text());
        assertEquals(List.of("0:seq.max.bigint", "0:seq.cache"), hits(object(a, ObjectKind.SEQUENCE, "HIS.SEQ_VISIT")));

        assertEquals(4, a.count(ObjectKind.TABLE));
        assertEquals(1, a.count(ObjectKind.TABLE, Conversion.MANUAL));
        assertEquals(Conversion.MANUAL, a.highest());
        // effort: every object's units are its base plus its hits; person-days follow the shipped table
        for (AssessedObject o : a.objects()) {
            double rules = o.hits().stream().mapToDouble(RuleHit::units).sum();
            // units are kept to two decimals, so the sum taken in another order may differ in the last one
            assertEquals(a.effort().base(o.kind()) + o.lines() / a.effort().sourceLinesPerUnit() + rules, o.units(),
                    0.006, o.qualifiedName());
        }
        assertEquals(a.units() * 30 / 60 / 6, a.personDays(), 1e-9);
    }

    @Test
    void kingbaseTakesThePackageAndConnectByAsTheyAre() throws DatabaseException {
        HeteroAssessment pg = assessor.assess(endpoint, TargetFlavour.POSTGRESQL, Set.of("his"), null, null);
        HeteroAssessment kb = assessor.assess(endpoint, TargetFlavour.KINGBASE, Set.of("his"), null, null);
        assertEquals(Conversion.AUTO, object(kb, ObjectKind.PACKAGE, "HIS.PKG_DEPT_TREE").conversion());
        assertEquals(Conversion.AUTO, object(kb, ObjectKind.TRIGGER, "HIS.TRG_VISIT_AUDIT").conversion());
        assertEquals(Conversion.REVIEW, object(kb, ObjectKind.TYPE, "HIS.T_ADDRESS").conversion());
        // the GBK byte-length rule is the other way round: nothing on PostgreSQL, review on KingbaseES
        assertEquals(Conversion.AUTO, object(pg, ObjectKind.TABLE, "HIS.DEPT").conversion());
        assertEquals(Conversion.REVIEW, object(kb, ObjectKind.TABLE, "HIS.DEPT").conversion());
        assertTrue(kb.personDays() < pg.personDays(), kb.personDays() + " vs " + pg.personDays());
        assertEquals(pg.objects().size(), kb.objects().size());
    }

    @Test
    void aCancelledAssessmentReadsNoFurtherSchema() throws DatabaseException {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        HeteroAssessment a = assessor.assess(endpoint, TargetFlavour.POSTGRESQL, Set.of(), null, cancellation);
        assertTrue(a.cancelled());
        assertEquals(List.of(), a.objects());
    }

    @Test
    void aPostgresqlEndpointIsRefusedAndAnUnknownHostIsClassified() {
        Endpoint pg = Endpoint.of("pg", "s", "pg", "HIS", Engine.POSTGRESQL, "127.0.0.1", 1, AddressKind.DATABASE, "x",
                "x");
        assertThrows(IllegalArgumentException.class,
                () -> assessor.assess(pg, TargetFlavour.POSTGRESQL, Set.of(), null, null));
        Endpoint wrong = endpoint.withEmulation("no-such-scenario");
        DatabaseException e = assertThrows(DatabaseException.class,
                () -> assessor.assess(wrong, TargetFlavour.POSTGRESQL, Set.of(), null, null));
        assertFalse(e.getMessage().contains("hisops-demo"), "no password in " + e.getMessage());
    }
}
