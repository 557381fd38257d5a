package org.hisops.assessment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.EffortTable;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;
import org.hisops.report.Json;
import org.hisops.report.Report;
import org.junit.jupiter.api.Test;

/** The JSON reports written, parsed back by a reader of the test's own, and their members checked. */
class JsonReportsTest {

    private static final CheckCatalogue CATALOGUE = new CheckCatalogue() {
        @Override
        public String id() {
            return "test.upgrade";
        }

        @Override
        public List<Check> checks() {
            return List.of(check("t.space"), check("t.charset"), check("t.clients"), check("t.remote"));
        }
    };

    private static final Endpoint ENDPOINT = Endpoint.of("his-10g", "site", "HIS \"主库\"", "HIS", Engine.ORACLE,
            "his-db", 1521, AddressKind.SERVICE_NAME, "HIS", "hisops");

    private static Check check(String id) {
        return new Check(id, "space", Set.of(Engine.ORACLE), DbVersionRange.parse("[10.2,11.2]"), Severity.ERROR,
                Set.of(Stage.BEFORE_UPGRADE), List.of(), c -> List.of(), null, "training:upgrade#" + id,
                "utlu112i.sql");
    }

    private static CheckResult result(String checkId, Finding... findings) {
        return new CheckResult(checkId, findings.length == 0 ? CheckStatus.PASS : CheckStatus.FINDING,
                Arrays.stream(findings).map(Finding::severity).reduce(null, Severity::highest), List.of(findings),
                null, null, null, null, null, Duration.ZERO);
    }

    private static RunResult run(long id, CheckResult... results) {
        Instant t = Instant.parse("2026-11-21T08:00:00Z").plusSeconds(id * 3600);
        return new RunResult(id, CATALOGUE.id(), "his-10g", "site", Engine.ORACLE, "10.2.0.5.0", t, t.plusSeconds(3),
                false, List.of(results), null);
    }

    private static final Finding SPACE = new Finding(Severity.ERROR, "msg.small", List.of("SYSAUX", "200"), "SYSAUX",
            List.of("ALTER DATABASE DATAFILE 'x' AUTOEXTEND ON"));
    private static final Finding GBK = Finding.of(Severity.WARNING, "msg.gbk", "ZHS16GBK", "ZHS16GBK");
    private static final Finding CLIENT = Finding.of(Severity.INFO, "msg.client", "LIS", "LIS\t\"IF\"\n", "JDBC");
    private static final CheckResult UNREACHABLE = new CheckResult("t.remote", CheckStatus.FAILED, null, List.of(),
            null, null, DbProblem.TIMEOUT, "ORA-01013", "user requested cancel", Duration.ZERO);

    @Test
    void aRunAndItsComparisonReadBack() {
        RunResult before = run(1, result("t.space", SPACE), result("t.charset", GBK), result("t.clients"));
        RunResult after = run(2, result("t.space", SPACE), result("t.charset"), result("t.clients", CLIENT),
                UNREACHABLE);
        ReportTexts texts = ReportTexts.of(Locale.SIMPLIFIED_CHINESE, null, List.of(CATALOGUE));
        String json = JsonReports.run(texts, CATALOGUE, ENDPOINT, after, RunComparison.of(after, before), 1L);
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(json);
        assertEquals(JsonReports.RUN, doc.get("schema"));
        assertEquals("zh-CN", doc.get("language"));
        assertEquals("HIS \"主库\"", ((Map<?, ?>) doc.get("endpoint")).get("name"));
        assertEquals(false, ((Map<?, ?>) doc.get("endpoint")).get("emulated"));
        assertEquals("10.2.0.5.0", doc.get("version"));
        Map<?, ?> run = (Map<?, ?>) doc.get("run");
        assertEquals(2.0, run.get("id"));
        assertEquals("ERROR", run.get("highest"));
        assertEquals(1.0, ((Map<?, ?>) run.get("counts")).get("failed"));
        assertEquals(4.0, ((Map<?, ?>) run.get("counts")).get("checks"));
        List<?> checks = (List<?>) doc.get("checks");
        assertEquals(4, checks.size());
        Map<?, ?> space = (Map<?, ?>) checks.get(0);
        assertEquals("t.space", space.get("id"));
        assertEquals("FINDING", space.get("status"));
        assertEquals("training:upgrade#t.space", space.get("training"));
        assertEquals("utlu112i.sql", space.get("source"));
        Map<?, ?> finding = (Map<?, ?>) ((List<?>) space.get("findings")).get(0);
        assertEquals("ERROR", finding.get("severity"));
        assertEquals("SYSAUX", finding.get("subject"));
        assertEquals(List.of("SYSAUX", "200"), finding.get("evidence"));
        assertEquals(List.of("ALTER DATABASE DATAFILE 'x' AUTOEXTEND ON"), finding.get("fixup"));
        // the control characters and quotes of a value from the database survive the round trip
        Map<?, ?> client = (Map<?, ?>) ((List<?>) ((Map<?, ?>) checks.get(2)).get("findings")).get(0);
        assertEquals(List.of("LIS\t\"IF\"\n", "JDBC"), client.get("evidence"));
        Map<?, ?> failed = (Map<?, ?>) checks.get(3);
        assertEquals("FAILED", failed.get("status"));
        Map<?, ?> reason = (Map<?, ?>) failed.get("reason");
        assertEquals("ORA-01013", reason.get("serverCode"));
        assertEquals("TIMEOUT", reason.get("problem"));
        assertTrue(((String) reason.get("text")).contains("user requested cancel"), reason.toString());

        Map<?, ?> comparison = (Map<?, ?>) doc.get("comparison");
        assertEquals(1.0, comparison.get("previous"));
        assertEquals(List.of("t.clients"), ids(comparison.get("new")));
        assertEquals(List.of("t.charset"), ids(comparison.get("fixed")));
        assertEquals(List.of("t.space"), ids(comparison.get("unchanged")));

        Map<?, ?> alone = (Map<?, ?>) JsonReader.parse(JsonReports.comparison(texts, CATALOGUE, ENDPOINT, 2, null,
                RunComparison.of(after, null)));
        assertEquals(JsonReports.COMPARISON, alone.get("schema"));
        assertNull(alone.get("previous"));
        assertEquals(2, ((List<?>) alone.get("new")).size(), "a first run: everything is new");
        assertTrue(((List<?>) alone.get("fixed")).isEmpty());
    }

    @Test
    void aHeterogeneousAssessmentReadsBackWithTotalsPerKind() {
        HeteroAssessment a = hetero();
        ReportTexts texts = ReportTexts.of(Locale.ENGLISH, null, List.of());
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(JsonReports.hetero(texts, ENDPOINT, a));
        assertEquals(JsonReports.HETERO, doc.get("schema"));
        assertEquals("POSTGRESQL", doc.get("flavour"));
        assertEquals(true, doc.get("emulated"));
        Map<?, ?> totals = (Map<?, ?>) doc.get("totals");
        assertEquals(3.0, totals.get("objects"));
        assertEquals(1.0, totals.get("auto"));
        assertEquals(1.0, totals.get("review"));
        assertEquals(1.0, totals.get("manual"));
        assertEquals(a.units(), (Double) totals.get("units"), 1e-9);
        assertEquals(a.personDays(), (Double) totals.get("personDays"), 1e-9);
        assertEquals("MANUAL", totals.get("highest"));
        List<?> kinds = (List<?>) doc.get("kinds");
        assertEquals(List.of("TABLE", "PACKAGE"), kinds.stream().map(k -> ((Map<?, ?>) k).get("kind")).toList());
        Map<?, ?> packages = (Map<?, ?>) kinds.get(1);
        assertEquals(2.0, packages.get("objects"));
        assertEquals(1.0, packages.get("manual"));
        Map<?, ?> pkg = (Map<?, ?>) ((List<?>) doc.get("objects")).get(2);
        assertEquals("PKG_JOBS", pkg.get("name"));
        Map<?, ?> hit = (Map<?, ?>) ((List<?>) pkg.get("hits")).get(0);
        assertEquals("plsql.dbms.job", hit.get("rule"));
        assertEquals(12.0, hit.get("line"));
        assertEquals("MANUAL", hit.get("conversion"));
    }

    @Test
    void theCombinedReportCarriesEverySectionInJsonHtmlAndPdf() throws Exception {
        RunResult run = run(3, result("t.space", SPACE), result("t.charset", GBK));
        AssessmentSection data = new AssessmentSection() {
            @Override
            public String id() {
                return "data";
            }

            @Override
            public String title(Locale locale) {
                return "数据评估";
            }

            @Override
            public void addTo(Report.Builder report, Locale locale) {
                report.heading("数据评估").fact("表", 42);
            }

            @Override
            public Json.Obj json(Locale locale) {
                return Json.object().put("tables", 42);
            }
        };
        CombinedAssessment combined = new CombinedAssessment(ENDPOINT, Instant.now(), CATALOGUE, run, null, null,
                hetero(), List.of(data));
        ReportTexts texts = ReportTexts.of(Locale.SIMPLIFIED_CHINESE, null, List.of(CATALOGUE));
        Map<?, ?> doc = (Map<?, ?>) JsonReader.parse(combined.json(texts));
        assertEquals(CombinedAssessment.SCHEMA, doc.get("schema"));
        List<?> sections = (List<?>) doc.get("sections");
        assertEquals(List.of("checks", "hetero", "data"), sections.stream().map(s -> ((Map<?, ?>) s).get("id")).toList());
        assertEquals(2, ((List<?>) ((Map<?, ?>) sections.get(0)).get("checks")).size());
        assertEquals(3, ((List<?>) ((Map<?, ?>) sections.get(1)).get("objects")).size());
        assertEquals("数据评估", ((Map<?, ?>) sections.get(2)).get("title"));
        assertEquals(42.0, ((Map<?, ?>) ((Map<?, ?>) sections.get(2)).get("content")).get("tables"));

        // The rule, kind and flavour names are the assessor's texts: the product passes it among the owners.
        Report report = combined.report(texts);
        StringWriter html = new StringWriter();
        ReadinessReportTest.renderer().html(report, html);
        String page = html.toString();
        assertTrue(page.contains("评估报告：HIS"), page);
        assertTrue(page.contains("1. ") && page.contains("2. 面向 ") && page.contains("<h2>数据评估</h2>"), page);
        assertTrue(page.contains("PKG_JOBS") && page.contains("plsql.dbms.job@12"), "the manual object and its line");
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        ReadinessReportTest.renderer().pdf(report, pdf);
        assertTrue(pdf.size() > 2000, "a PDF with its font: " + pdf.size());
    }

    private static HeteroAssessment hetero() {
        EffortTable effort = new EffortTable(30, 6, 200, Map.of(ObjectKind.TABLE, 0.2, ObjectKind.PACKAGE, 2.0));
        AssessedObject table = new AssessedObject("HIS", "PATIENT", ObjectKind.TABLE, Conversion.AUTO, 0.2, 0,
                List.of(new RuleHit("col.date", Conversion.AUTO, 0, 3, "COLUMN BIRTH DATE")));
        AssessedObject tree = new AssessedObject("HIS", "PKG_TREE", ObjectKind.PACKAGE, Conversion.REVIEW, 8, 200,
                List.of(new RuleHit("plsql.connect.by", Conversion.REVIEW, 2, 40, "CONNECT BY PRIOR ID = PARENT")));
        AssessedObject jobs = new AssessedObject("HIS", "PKG_JOBS", ObjectKind.PACKAGE, Conversion.MANUAL, 5, 100,
                List.of(new RuleHit("plsql.dbms.job", Conversion.MANUAL, 2, 12, "DBMS_JOB.SUBMIT(j, 'x;')")));
        Instant t = Instant.parse("2026-11-21T09:00:00Z");
        return new HeteroAssessment("his-10g", "10.2.0.5.0", "ZHS16GBK", TargetFlavour.POSTGRESQL, true, t,
                t.plusSeconds(2), false, List.of("HIS"), List.of(table, tree, jobs), effort);
    }

    private static List<Object> ids(Object entries) {
        return ((List<?>) entries).stream().map(e -> ((Map<?, ?>) e).get("check")).map(Object.class::cast).toList();
    }
}
