package org.hisops.assessment.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Fixup;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Without a display: a run compared with the one before (new, resolved, unchanged by check,
 * message and subject), and a run as a Chinese report rendered to HTML and PDF by the real renderer.
 */
class ReadinessReportTest {

    private static final CheckCatalogue CATALOGUE = new CheckCatalogue() {
        @Override
        public String id() {
            return "test.upgrade";
        }

        @Override
        public List<Check> checks() {
            return List.of(check("t.space", Severity.ERROR, new Fixup("fixup.t.space", false, true)),
                    check("t.charset", Severity.WARNING, null), check("t.clients", Severity.INFO, null));
        }
    };

    private static Check check(String id, Severity severity, Fixup fixup) {
        return new Check(id, "space", Set.of(Engine.ORACLE), DbVersionRange.parse("[10.2,11.2]"), severity,
                Set.of(Stage.BEFORE_UPGRADE), List.of(), c -> List.of(), fixup, "training:oracle-11g-upgrade#" + id,
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

    private static final Finding SYSAUX_200 = new Finding(Severity.ERROR, "msg.small", List.of("SYSAUX", "200"),
            "SYSAUX", List.of("ALTER DATABASE DATAFILE 'x' AUTOEXTEND ON"));
    private static final Finding SYSAUX_300 = new Finding(Severity.ERROR, "msg.small", List.of("SYSAUX", "300"),
            "SYSAUX", List.of("ALTER DATABASE DATAFILE 'x' AUTOEXTEND ON"));
    private static final Finding GBK = Finding.of(Severity.WARNING, "msg.gbk", "ZHS16GBK", "ZHS16GBK");
    private static final Finding CLIENT = Finding.of(Severity.INFO, "msg.client", "LIS_IF", "LIS_IF", "JDBC");

    @Test
    void aRunIsComparedWithTheOneBefore() {
        RunResult before = run(1, result("t.space", SYSAUX_200), result("t.charset", GBK), result("t.clients"));
        RunResult after = run(2, result("t.space", SYSAUX_300), result("t.charset"), result("t.clients", CLIENT));
        RunComparison c = RunComparison.of(after, before);
        assertEquals(List.of("t.clients"), c.added().stream().map(RunComparison.Entry::checkId).toList());
        assertEquals(List.of("t.charset"), c.resolved().stream().map(RunComparison.Entry::checkId).toList());
        // the same tablespace still too small, with another figure: the same problem
        assertEquals(List.of(SYSAUX_300), c.unchanged().stream().map(RunComparison.Entry::finding).toList());

        RunComparison first = RunComparison.of(before, null);
        assertEquals(2, first.added().size());
        assertTrue(first.resolved().isEmpty() && first.unchanged().isEmpty());
    }

    @Test
    void aChineseReportRendersAsHtmlAndPdf() throws Exception {
        RunResult before = run(1, result("t.space", SYSAUX_200), result("t.charset", GBK), result("t.clients"));
        RunResult after = run(2, result("t.space", SYSAUX_300), result("t.charset"), result("t.clients", CLIENT));
        ReportTexts texts = ReportTexts.of(Locale.SIMPLIFIED_CHINESE, null, List.of(CATALOGUE));
        Endpoint endpoint = Endpoint.of("his-10g", "site", "HIS 数据库", "HIS", Engine.ORACLE, "his-db", 1521,
                AddressKind.SERVICE_NAME, "HIS", "hisops");
        Report report = ReadinessReport.of(texts, CATALOGUE, endpoint, after, RunComparison.of(after, before));
        assertTrue(report.title().startsWith("升级就绪评估"), report.title());

        ReportRenderer renderer = renderer();
        StringWriter html = new StringWriter();
        renderer.html(report, html);
        String page = html.toString();
        assertTrue(page.contains("升级就绪评估：HIS 数据库"), page);
        assertTrue(page.contains("ALTER DATABASE DATAFILE"), "the fixup is in the report");
        assertTrue(page.contains("training:oracle-11g-upgrade#t.space"), "the training link is in the report");
        assertTrue(page.contains("与上一次运行对比") && page.contains("新增") && page.contains("已解决"), page);

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        renderer.pdf(report, pdf);
        assertTrue(new String(pdf.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        assertTrue(pdf.size() > 2000, "a PDF with its font: " + pdf.size());
    }

    static ReportRenderer renderer() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(ReadinessReportTest.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<ReportRenderer> ref = context.getServiceReference(ReportRenderer.class);
            if (ref != null && context.getService(ref) != null) {
                return context.getService(ref);
            }
        }
        throw new AssertionError("no ReportRenderer service");
    }
}
