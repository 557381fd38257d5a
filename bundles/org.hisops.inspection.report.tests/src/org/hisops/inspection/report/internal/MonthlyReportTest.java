package org.hisops.inspection.report.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.inspection.api.ChangeKind;
import org.hisops.inspection.api.FindingChange;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.Inspections;
import org.hisops.inspection.api.ManualAnswer;
import org.hisops.inspection.api.RunComparison;
import org.hisops.inspection.report.InspectionReports;
import org.hisops.inspection.report.UnattendedRequest;
import org.hisops.inspection.report.UnattendedRun;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Two months of inspections on the demo site's databases: the emulated Oracle 10.2 HIS (October's state, then
 * November's, the scenario {@code inspection-10g-october} then {@code inspection-10g}) with the emulated 11.2
 * primary, and a real PostgreSQL 17 whose database grows between the runs. The October runs are moved into the
 * previous month in the store (test-only), as if they had been done then. The November reports compare with
 * October, chart the figures, carry the manual items and the edited conclusions, and are rendered to PDF pages
 * (PNG) and looked at; then an unattended run with an endpoint down.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyReportTest {

    private static final String SITE = Site.DEMO_ID;
    private static final String ORACLE_LIST = "inspection.oracle.monthly";
    private static final String PG_LIST = "inspection.postgresql.monthly";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** Where the reports and their pages are left for a person to look at (the bundle's target folder). */
    private static final Path OUT = Path.of(System.getProperty("hisops.report.out", "target/inspection-report"))
            .toAbsolutePath().normalize();

    @TempDir
    static Path temp;

    private Inspections inspections;
    private InspectionReports reports;
    private EndpointDirectory directory;
    private PostgresServer server;
    private Endpoint pg;
    private long octoberOracle;
    private long novemberOracle;
    private long novemberPg;

    private static Endpoint oracle(String id, String name, String version, String scenario) {
        return new Endpoint(id, SITE, name, "HIS", Engine.ORACLE, id + ".hospital", 1521, AddressKind.SERVICE_NAME,
                "his", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, version, 2, 5, 10, scenario);
    }

    @BeforeAll
    void servicesAndEndpoints() throws Exception {
        inspections = service(Inspections.class);
        reports = service(InspectionReports.class);
        directory = service(EndpointDirectory.class);
        CredentialStore credentials = service(CredentialStore.class);
        for (String id : List.of("rep-ora10", "rep-ora11", "rep-ora-down")) {
            credentials.store(id, "hisops-demo".toCharArray());
        }
        directory.save(oracle("rep-ora10", "HIS 10g", "10.2.0.5", "inspection-10g-october"));
        directory.save(oracle("rep-ora11", "HIS 11g", "11.2.0.4", "inspection-11g"));
        server = PostgresServer.builder(temp.resolve("pg"), "report").build().start();
        credentials.store("rep-pg", server.superuserPassword().toCharArray());
        pg = Endpoint.of("rep-pg", SITE, "HIS PostgreSQL", "HIS-PG", Engine.POSTGRESQL, PostgresServer.LOOPBACK,
                server.port(), AddressKind.DATABASE, "postgres", PostgresServer.SUPERUSER).withLimits(2, 5, 20);
        directory.save(pg);
        server.execute("CREATE DATABASE his");
        Files.createDirectories(OUT);
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** The checks of the Oracle monthly list (its catalogue grows; the figures follow it). */
    private int checks() throws InspectionException {
        return inspections.checklist(ORACLE_LIST).orElseThrow().checks().size();
    }

    private List<Endpoint> oracles() {
        return List.of(directory.find("rep-ora10").orElseThrow(), directory.find("rep-ora11").orElseThrow());
    }

    @Test
    @Order(1)
    void october() throws Exception {
        InspectionRun run = inspections.start(SITE, ORACLE_LIST, oracles(), "王丽");
        run = inspections.runChecks(run.id(), oracles(), null, null);
        assertEquals(2 * checks(), run.outcomes().size(), "every check of the list on both endpoints");
        for (String item : List.of("server.lights", "ups.status", "fibre.links", "backup.media", "alert.log")) {
            inspections.answer(run.id(), ManualAnswer.passFail(item, true, ""));
        }
        inspections.answer(run.id(), ManualAnswer.value("ups.runtime", 30, ""));
        inspections.answer(run.id(), ManualAnswer.value("room.temperature", 23, ""));
        inspections.answer(run.id(), ManualAnswer.value("room.humidity", 48, ""));
        inspections.saveConclusions(run.id(), "10 月巡检：HIS_DATA 表空间已达 90%，计划下月扩容。");
        inspections.signOff(run.id(), "王丽");
        octoberOracle = run.id();

        // the demo PostgreSQL in October: a small "his" database
        server.execute("his", "CREATE TABLE IF NOT EXISTS his_orders (id bigint, note text)");
        server.execute("his", "INSERT INTO his_orders SELECT g, repeat('x', 200) FROM generate_series(1, 20000) g");
        InspectionRun pgRun = inspections.start(SITE, PG_LIST, List.of(pg), "王丽");
        pgRun = inspections.runChecks(pgRun.id(), List.of(pg), null, null);
        inspections.signOff(pgRun.id(), "王丽");

        backdate(run.id());
        backdate(pgRun.id());
    }

    /** Moves a run to the 21st of last month, 09:30 (test-only: the service stamps runs with the time they start). */
    private static void backdate(long runId) throws Exception {
        LocalDate lastMonth = LocalDate.now().withDayOfMonth(1).minusMonths(1).withDayOfMonth(21);
        try (Connection c = service(EmbeddedStore.class).connection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE INSPECTION.RUN SET STARTED = ? WHERE RUN_ID = ?")) {
            ps.setObject(1, lastMonth.atTime(9, 30).atZone(ZoneId.systemDefault()).toOffsetDateTime()
                    .withOffsetSameInstant(ZoneOffset.UTC));
            ps.setLong(2, runId);
            assertEquals(1, ps.executeUpdate());
        }
    }

    @Test
    @Order(2)
    void novemberIsComparedWithOctober() throws Exception {
        // a month later the 10.2 database has filled up and lost its standby destination
        directory.save(oracle("rep-ora10", "HIS 10g", "10.2.0.5", "inspection-10g"));
        InspectionRun run = inspections.start(SITE, ORACLE_LIST, oracles(), "王丽");
        run = inspections.runChecks(run.id(), oracles(), null, null);
        for (String item : List.of("server.lights", "ups.status", "fibre.links", "alert.log")) {
            inspections.answer(run.id(), ManualAnswer.passFail(item, true, ""));
        }
        inspections.answer(run.id(), ManualAnswer.passFail("backup.media", false, "磁带库 2 号驱动器离线"));
        inspections.answer(run.id(), ManualAnswer.value("ups.runtime", 28, ""));
        inspections.answer(run.id(), ManualAnswer.value("room.temperature", 29, "空调维修中"));
        inspections.answer(run.id(), ManualAnswer.value("room.humidity", 52, ""));
        novemberOracle = run.id();

        RunComparison c = inspections.compareWithPreviousMonth(run.id());
        assertEquals(octoberOracle, c.previousRunId());
        assertTrue(has(c, ChangeKind.WORSE, "ora.insp.tablespaces", "HIS_DATA"), c.changes().toString());
        assertTrue(has(c, ChangeKind.NEW, "ora.insp.tablespaces", "HIS_INDEX"), c.changes().toString());
        assertTrue(has(c, ChangeKind.NEW, "ora.insp.archive.dest", "LOG_ARCHIVE_DEST_2"), c.changes().toString());
        assertTrue(has(c, ChangeKind.WORSE, "ora.insp.recovery.area", "/u01/app/oracle/flash_recovery_area"),
                c.changes().toString());
        assertTrue(c.changes().stream().anyMatch(x -> x.kind() == ChangeKind.RESOLVED
                && x.itemId().equals("ora.insp.invalid.objects")), c.changes().toString());
        assertTrue(has(c, ChangeKind.NEW, "room.temperature", "room.temperature"), c.changes().toString());

        String draft = reports.draftConclusions(run.id(), ZH);
        assertTrue(draft.contains("恶化"), draft);
        assertTrue(draft.contains("HIS 10g（仿真）"), "an emulated endpoint says so: " + draft);
        assertTrue(draft.contains("机房温度 29 °C"), draft);
        String english = reports.draftConclusions(run.id(), Locale.ENGLISH);
        assertTrue(english.contains("worse") && english.contains("HIS 10g (emulated)"), english);

        // the demo PostgreSQL has grown
        server.execute("his", "INSERT INTO his_orders SELECT g, repeat('y', 400) FROM generate_series(1, 60000) g");
        InspectionRun pgRun = inspections.start(SITE, PG_LIST, List.of(pg), "王丽");
        novemberPg = inspections.runChecks(pgRun.id(), List.of(pg), null, null).id();
    }

    private static boolean has(RunComparison c, ChangeKind kind, String item, String subject) {
        for (FindingChange x : c.changes()) {
            if (x.kind() == kind && x.itemId().equals(item) && x.subject().equals(subject)) {
                return true;
            }
        }
        return false;
    }

    @Test
    @Order(3)
    void theChineseReportHasEverySectionAndTheCharts() throws Exception {
        Report report = reports.monthlyReport(novemberOracle, ZH);
        List<Report.Chart> charts = report.blocks().stream().filter(Report.Chart.class::isInstance)
                .map(Report.Chart.class::cast).toList();
        assertEquals(List.of("超过警告线的表空间：已用空间", "每日归档日志生成量"), charts.stream().map(Report.Chart::title).toList());
        Report.Chart space = charts.get(0);
        assertEquals(2, space.points().size());
        Report.Series data = space.series().stream().filter(s -> s.name().equals("HIS 10g（仿真） · HIS_DATA"))
                .findFirst().orElseThrow(() -> new AssertionError(space.series().toString()));
        assertEquals(List.of(9300.0, 9940.0), data.values());
        Report.Series index = space.series().stream().filter(s -> s.name().endsWith("HIS_INDEX")).findFirst()
                .orElseThrow();
        assertNull(index.values().get(0), "HIS_INDEX was below the warning line in October");

        String text = pdfText(report, "inspection-report-zh");
        String site = service(SiteDirectory.class).find(SITE).orElseThrow().displayName(ZH);
        for (String expected : List.of("数据库月度巡检报告", site, "王丽", "巡检范围", "HIS 10g（仿真）", "HIS 11g（仿真）",
                "巡检发现", "严重", "表空间 HIS_DATA", "与上月对比", "恶化", "已解决", "新增", "趋势", "每日归档日志生成量",
                "人工检查项", "机房温度", "不符合", "空调维修中", "磁带库", "结论与建议", "由 HisOps 根据巡检发现起草",
                "尚未签字确认")) {
            assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
        }
        assertFalse(text.contains("\uFFFD"), text);

        Report en = reports.monthlyReport(novemberOracle, Locale.ENGLISH);
        StringWriter html = new StringWriter();
        service(ReportRenderer.class).html(en, html);
        Files.writeString(OUT.resolve("inspection-report-en.html"), html.toString());
        for (String expected : List.of("Monthly database inspection report", "Comparison with the previous month",
                "Worse", "Archive logs generated per day", "<svg", "Machine room temperature", "HIS 10g (emulated)")) {
            assertTrue(html.toString().contains(expected), "missing '" + expected + "' in the English HTML");
        }
    }

    @Test
    @Order(4)
    void theEditedConclusionsAreSavedAndReadOnlyAfterSignOff() throws Exception {
        String edited = reports.draftConclusions(novemberOracle, ZH)
                + "\n巡检人意见：HIS_DATA 表空间本周内扩容 2 GB；LOG_ARCHIVE_DEST_2 故障已报备库厂商处理。";
        inspections.saveConclusions(novemberOracle, edited);
        assertEquals(edited, inspections.conclusions(novemberOracle).orElseThrow());
        inspections.signOff(novemberOracle, "王丽");
        InspectionException refused = assertThrows(InspectionException.class,
                () -> inspections.saveConclusions(novemberOracle, "改写"));
        assertEquals("error.signed", refused.key());
        assertEquals(edited, inspections.conclusions(novemberOracle).orElseThrow());

        Report report = reports.monthlyReport(novemberOracle, ZH);
        String text = pdfText(report, "inspection-report-zh-signed");
        assertTrue(text.contains("巡检人意见：HIS_DATA 表空间本周内扩容 2 GB"), text);
        assertFalse(text.contains("由 HisOps 根据巡检发现起草"), "edited conclusions are not marked as a draft");
        assertTrue(text.contains("签字人"), text);
        List<Path> files = reports.write(novemberOracle, ZH, Set.of(InspectionReports.Format.PDF,
                InspectionReports.Format.HTML), OUT.resolve("written"));
        assertEquals(2, files.size());
        assertTrue(files.get(0).getFileName().toString().endsWith("-zh.pdf"), files.toString());
    }

    @Test
    @Order(5)
    void thePostgresReportChartsTheGrowingDatabase() throws Exception {
        Report report = reports.monthlyReport(novemberPg, ZH);
        Report.Chart size = report.blocks().stream().filter(Report.Chart.class::isInstance)
                .map(Report.Chart.class::cast).filter(c -> c.title().equals("数据库大小")).findFirst()
                .orElseThrow(() -> new AssertionError(report.blocks().toString()));
        Report.Series his = size.series().stream().filter(s -> s.name().equals("HIS PostgreSQL · his")).findFirst()
                .orElseThrow(() -> new AssertionError(size.series().toString()));
        assertTrue(his.values().get(1) > his.values().get(0), "the database grew: " + his.values());
        pdfText(report, "inspection-report-pg-zh");
    }

    @Test
    @Order(6)
    void anUnattendedRunWithAnEndpointDownWritesTheReportAndExitsWithAnError() throws Exception {
        // an emulated server whose listener does not answer
        directory.save(oracle("rep-ora-down", "HIS 10g DR", "10.2.0.5", "listener-down"));
        Path folder = temp.resolve("scheduled");
        UnattendedRun run = reports.runUnattended(new UnattendedRequest(SITE, ORACLE_LIST, folder, null, null,
                "cron"), null);
        assertEquals(3, run.endpoints());
        assertEquals(checks(), run.failedChecks(), "every check of the endpoint that is down");
        assertEquals(Severity.ERROR, run.highest());
        assertEquals(2, run.files().size());
        try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(run.files().stream()
                .filter(f -> f.toString().endsWith(".pdf")).findFirst().orElseThrow()))) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("以下 " + checks() + " 项检查无法执行"), text);
            assertTrue(text.contains("HIS 10g DR（仿真）"), text);
            assertTrue(text.contains("未填写"), "manual items of an unattended run are not answered: " + text);
        }
        assertEquals("error.unknown_list", assertThrows(InspectionException.class, () -> reports.runUnattended(
                new UnattendedRequest(SITE, "no.such.list", folder, null, null, "cron"), null)).key());
        assertEquals("error.unknown_site", assertThrows(InspectionException.class, () -> reports.runUnattended(
                new UnattendedRequest("no-such-site", ORACLE_LIST, folder, null, null, "cron"), null)).key());
    }

    @Test
    @Order(7)
    void theInspectCommandExitsByWhatItFound() throws Exception {
        InspectCommand command = new InspectCommand(reports);
        Path folder = temp.resolve("cron");
        Invocation zh = new Invocation(ZH, folder, "--site", "演示医院", "--list", ORACLE_LIST, "--out", "reports",
                "--format", "pdf");
        assertEquals(4, command.run(zh), "an endpoint is down: incomplete\n" + zh.complaints());
        assertTrue(zh.printed().contains("最高级别 错误，" + checks() + " 项检查无法执行"), zh.printed());
        try (var files = Files.list(folder.resolve("reports"))) {
            List<Path> written = files.toList();
            assertEquals(1, written.size(), written.toString());
            assertTrue(written.get(0).toString().endsWith("-zh.pdf"), written.toString());
        }
        // the endpoint is back (an 11.2 scenario answers): the highest finding decides
        directory.save(oracle("rep-ora-down", "HIS 10g DR", "11.2.0.4", "inspection-11g"));
        Invocation en = new Invocation(Locale.ENGLISH, folder, "--site", "demo", "--list", ORACLE_LIST, "--lang",
                "en", "--format=html");
        assertEquals(3, command.run(en), en.complaints());
        assertTrue(en.printed().contains("highest severity Error, 0 checks could not run"), en.printed());

        Invocation unknown = new Invocation(ZH, folder, "--site", "demo", "--list", "no.such.list");
        assertEquals(65, command.run(unknown));
        assertTrue(unknown.complaints().contains("no.such.list"), unknown.complaints());
        assertThrows(org.hisops.cli.api.CliUsageException.class,
                () -> command.run(new Invocation(ZH, folder, "--site", "demo", "--lsit", ORACLE_LIST)));
    }

    /** What the command line gives a command, on the test runtime's sites and endpoints. */
    private final class Invocation implements org.hisops.cli.api.CliInvocation {

        @Override
        public java.io.InputStream in() {
            return java.io.InputStream.nullInputStream();
        }

        /** The command line's gate on the runtime's switches: the platform's reason, exit 69. */
        @Override
        public void requireCapability(org.hisops.platform.api.Site site, String capabilityId)
                throws org.hisops.cli.api.CliRefusedException {
            try {
                service(org.hisops.platform.api.CapabilityRegistry.class).require(site.id(), capabilityId);
            } catch (org.hisops.platform.api.CapabilityRefusedException e) {
                throw new org.hisops.cli.api.CliRefusedException(
                        org.hisops.platform.api.BundleTexts.of(org.hisops.platform.api.CapabilityRefusedException.class)
                                .format(locale, e.reason().key(), capabilityId, site.displayName(locale)),
                        org.hisops.cli.api.ExitCodes.UNAVAILABLE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private final Locale locale;
        private final Path folder;
        private final List<String> arguments;
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream err = new ByteArrayOutputStream();

        Invocation(Locale locale, Path folder, String... arguments) {
            this.locale = locale;
            this.folder = folder;
            this.arguments = List.of(arguments);
        }

        String printed() {
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        String complaints() {
            return err.toString(java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public List<String> arguments() {
            return arguments;
        }

        @Override
        public java.io.PrintStream out() {
            return new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public java.io.PrintStream err() {
            return new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public org.hisops.db.api.Cancellation cancellation() {
            return org.hisops.db.api.Cancellation.none();
        }

        @Override
        public Path workingDirectory() {
            return folder;
        }

        @Override
        public List<Site> sites() {
            try {
                return service(SiteDirectory.class).sites();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Site site(String idOrName) throws org.hisops.cli.api.CliUsageException {
            return sites().stream().filter(s -> s.id().equals(idOrName) || s.displayName(Locale.ENGLISH)
                    .equals(idOrName) || s.displayName(ZH).equals(idOrName)).findFirst()
                    .orElseThrow(() -> new org.hisops.cli.api.CliUsageException("no site " + idOrName));
        }

        @Override
        public List<Endpoint> endpoints(Site site) {
            return directory.endpoints(site.id());
        }

        @Override
        public Endpoint endpoint(Site site, String idOrName) throws org.hisops.cli.api.CliUsageException {
            return endpoints(site).stream().filter(e -> e.id().equals(idOrName)).findFirst()
                    .orElseThrow(() -> new org.hisops.cli.api.CliUsageException("no endpoint " + idOrName));
        }
    }

    /** Renders the report to PDF, keeps it and its pages (PNG, 110 dpi) in {@link #OUT}, and returns its text. */
    private static String pdfText(Report report, String name) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service(ReportRenderer.class).pdf(report, out);
        Files.write(OUT.resolve(name + ".pdf"), out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFRenderer renderer = new PDFRenderer(pdf);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(page, "png", OUT.resolve(name + "-page" + (i + 1) + ".png").toFile());
            }
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertTrue(font.isEmbedded(), font.getName());
            return new PDFTextStripper().getText(pdf);
        }
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(MonthlyReportTest.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                T service = context.getService(reference);
                if (service != null) {
                    return service;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

}
