package org.hisops.assessment.data.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineComparison;
import org.hisops.assessment.data.api.DataAssessment;
import org.hisops.assessment.data.api.DataAssessmentResult;
import org.hisops.assessment.data.api.DataAssessmentResult.GrowthSource;
import org.hisops.assessment.data.api.DataPumpEstimate;
import org.hisops.assessment.data.api.DataRequest;
import org.hisops.assessment.data.api.ExactCount;
import org.hisops.assessment.data.api.Growth;
import org.hisops.assessment.data.api.TableName;
import org.hisops.assessment.data.api.TableStatistics;
import org.hisops.assessment.data.api.TableVolume;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every figure of the data assessment and the baselines on the emulated Oracle scenarios
 * {@code assessment-data-10g}, {@code -10g-later} and {@code -11g}, through the real broker and embedded store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleScenariosTest {

    private static final long GB = 1024L * 1024 * 1024;
    private DatabaseSessions real;
    private Fixtures.RecordingSessions recording;
    private Fixtures.MapSettings settings;
    private DataAssessmentComponent data;
    private PerformanceBaselinesComponent perf;

    @BeforeAll
    void services() throws Exception {
        real = Fixtures.service(DatabaseSessions.class);
        recording = new Fixtures.RecordingSessions(real);
        settings = new Fixtures.MapSettings();
        data = Fixtures.data(recording, settings);
        perf = Fixtures.perf(recording, settings);
    }

    private static String id(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static TableVolume table(DataAssessmentResult r, String owner, String name) {
        return r.tables().stream().filter(t -> t.table().equals(new TableName(owner, name))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + owner + "." + name + " in " + r.tables()));
    }

    @Test
    void tenTwoVolumesLobsPartitionsStatisticsAndTheDataPumpEstimate() throws Exception {
        Endpoint e = Fixtures.oracle(id("ad10"), "site-a", "assessment-data-10g", false);
        DataAssessmentResult r = data.assess(e, DataRequest.all(), Cancellation.none());
        assertEquals("10.2.0.5.0", r.serverVersion());
        assertTrue(r.emulated());
        // no SYS segment (AUD$) among the application's
        assertEquals(List.of("EMR", "HIS", "LIS", "PACS"), r.schemas().stream().map(s -> s.owner()).sorted().toList());
        TableVolume orders = table(r, "HIS", "ORDERS");
        assertEquals(40 * GB, orders.tableBytes());
        assertEquals(11 * GB, orders.indexBytes());
        assertEquals(310_000_000L, orders.statsRows());
        // the largest table by total is the EMR document table, through its LOB
        assertEquals(new TableName("EMR", "EMR_DOCUMENT"), r.largest(1).get(0).table());
        assertEquals(180 * GB + GB / 2, table(r, "EMR", "EMR_DOCUMENT").lobBytes());
        assertEquals("DOC_CONTENT", r.lobs().get(0).column());
        assertEquals(180 * GB, r.lobs().get(0).segmentBytes());
        assertEquals(GB / 2, r.lobs().get(0).indexBytes());
        assertEquals(1, r.partitioned().size());
        assertEquals("RANGE", r.partitioned().get(0).type());
        assertEquals(24, r.partitioned().get(0).partitions());
        assertEquals(24 * GB, r.partitioned().get(0).bytes());
        assertEquals(24, table(r, "HIS", "FEE_DETAIL").partitions());
        Map<String, TableStatistics.State> states = r.statistics().stream()
                .collect(Collectors.toMap(s -> s.table().toString(), TableStatistics::state));
        // 10.2: stale by DBA_TAB_MODIFICATIONS (45 M changes on 310 M rows > 10 %), never analysed, older than 30 days
        assertEquals(Map.of("HIS.ORDERS", TableStatistics.State.STALE, "LIS.LAB_RESULT", TableStatistics.State.NEVER,
                "PACS.STUDY", TableStatistics.State.OLD), states);
        DataPumpEstimate est = r.estimate();
        long export = r.tables().stream().mapToLong(TableVolume::exportBytes).sum();
        assertEquals(export, est.bytes());
        long indexes = r.tables().stream().mapToLong(TableVolume::indexBytes).sum();
        assertEquals(r.totalBytes() - indexes, est.bytes());
        assertEquals(DataPumpEstimate.Source.ASSUMED, est.source());
        assertEquals(est.bytes() / (double) GB / DataAssessment.DEFAULT_DATAPUMP_GB_PER_HOUR * 3600, est.seconds(), 0.001);
        assertEquals(GrowthSource.NONE, r.growthSource());
        assertTrue(r.notes().containsAll(List.of("emulated", "awr.not.declared", "growth.none")), r.notes().toString());
        assertTrue(r.runId() > 0);
        assertTrue(recording.sent.stream().noneMatch(s -> s.toUpperCase(Locale.ROOT).contains("DBA_HIST")));
    }

    @Test
    void growthFromTwoSavedRunsAndTheSitesThroughput() throws Exception {
        String endpointId = id("grow");
        settings.values.put("site-g/" + DataAssessment.DATAPUMP_THROUGHPUT_SETTING, "120");
        data.assess(Fixtures.oracle(endpointId, "site-g", "assessment-data-10g", false), DataRequest.all(), Cancellation.none());
        DataAssessmentResult later = data.assess(Fixtures.oracle(endpointId, "site-g", "assessment-data-10g-later", false),
                DataRequest.all(), Cancellation.none());
        assertEquals(GrowthSource.HISOPS_RUNS, later.growthSource());
        Growth his = later.growth().stream().filter(g -> g.owner().equals("HIS") && g.table() == null).findFirst().orElseThrow();
        assertEquals(30.0, his.days(), 0.0001);
        assertEquals(3 * GB, his.toBytes() - his.fromBytes());
        assertEquals(3 * GB / 30.0, his.bytesPerDay(), 1);
        Growth orders = later.growth().stream().filter(g -> "ORDERS".equals(g.table())).findFirst().orElseThrow();
        assertEquals(43 * GB + 11 * GB, orders.toBytes());
        assertEquals(2, data.history(endpointId).size());
        assertEquals(DataPumpEstimate.Source.SITE, later.estimate().source());
        assertEquals(120.0, later.estimate().gbPerHour());
        settings.values.put("site-g/" + DataAssessment.DATAPUMP_THROUGHPUT_SETTING, "fast");
        DataAssessmentResult bad = data.assess(Fixtures.oracle(endpointId, "site-g", "assessment-data-10g-later", false),
                DataRequest.all(), Cancellation.none());
        assertEquals(DataPumpEstimate.Source.ASSUMED, bad.estimate().source());
        assertTrue(bad.notes().contains("datapump.setting.invalid"));
    }

    @Test
    void elevenTwoStaleByStaleStatsAndAwrOnlyWithTheDiagnosticsPack() throws Exception {
        Endpoint e = Fixtures.oracle(id("ad11"), "site-nopack", "assessment-data-11g", false);
        recording.sent.clear();
        DataAssessmentResult r = data.assess(e, DataRequest.all(), Cancellation.none());
        perf.take(e, "no pack", Duration.ZERO, null, Cancellation.none());
        assertFalse(recording.sent.isEmpty());
        assertTrue(recording.sent.stream().noneMatch(s -> s.toUpperCase(Locale.ROOT).contains("DBA_HIST")),
                "a DBA_HIST statement was sent without the Diagnostics Pack");
        assertEquals(TableStatistics.State.STALE, r.statistics().stream()
                .filter(s -> s.table().table().equals("ORDERS")).findFirst().orElseThrow().state());
        assertEquals(GrowthSource.NONE, r.growthSource());

        settings.values.put("site-pack/" + DataAssessment.DIAGNOSTICS_PACK_SETTING, "true");
        recording.sent.clear();
        DataAssessmentResult awr = data.assess(Fixtures.oracle(id("ad11p"), "site-pack", "assessment-data-11g", false),
                DataRequest.all(), Cancellation.none());
        assertTrue(recording.sent.stream().anyMatch(s -> s.toUpperCase(Locale.ROOT).contains("DBA_HIST_SEG_STAT")));
        assertEquals(GrowthSource.AWR, awr.growthSource());
        Growth orders = awr.growth().stream().filter(g -> "ORDERS".equals(g.table())).findFirst().orElseThrow();
        assertEquals(3.0, orders.days(), 0.0001);
        assertEquals((long) (0.1 * GB) * 3, orders.toBytes() - orders.fromBytes());
        assertFalse(awr.notes().contains("awr.not.declared"));
    }

    @Test
    void exactCountsOnlyForKnownTablesAndOnlyWithTheRightToRead() throws Exception {
        TableName visits = new TableName("HIS", "PAT_VISIT");
        List<ExactCount> sys = data.countRows(Fixtures.oracle(id("cnt"), "site-c", "assessment-data-10g", true),
                List.of(visits, new TableName("HIS", "NO_SUCH_TABLE\" --")), 30, null, Cancellation.none());
        assertEquals(ExactCount.Outcome.COUNTED, sys.get(0).outcome(), sys.toString());
        assertEquals(3, sys.get(0).rows()); // emulated: the three rows his-10g holds, not the statistics' 52 M
        assertEquals(ExactCount.Outcome.UNKNOWN_TABLE, sys.get(1).outcome());
        List<ExactCount> catalogueOnly = data.countRows(Fixtures.oracle(id("cnt2"), "site-c", "assessment-data-10g", false),
                List.of(visits), 30, null, Cancellation.none());
        assertEquals(ExactCount.Outcome.FAILED, catalogueOnly.get(0).outcome()); // SELECT_CATALOG_ROLE reads no data
        // cancelled after the first count: the second is not sent
        Cancellation cancellation = Cancellation.none();
        List<ExactCount> two = data.countRows(Fixtures.oracle(id("cnt3"), "site-c", "assessment-data-10g", true),
                List.of(visits, visits), 30, (count, done, total) -> cancellation.cancel(), cancellation);
        assertEquals(List.of(ExactCount.Outcome.COUNTED, ExactCount.Outcome.CANCELLED),
                two.stream().map(ExactCount::outcome).toList());
    }

    @Test
    void baselinesBeforeAndAfterTheUpgradeShowTheRegressedStatement() throws Exception {
        Baseline before = perf.take(Fixtures.oracle(id("p10"), "site-p", "assessment-data-10g", true), "10.2 before",
                Duration.ZERO, null, Cancellation.none());
        Baseline after = perf.take(Fixtures.oracle(id("p11"), "site-p", "assessment-data-11g", false), "11.2 after",
                Duration.ZERO, null, Cancellation.none());
        assertTrue(before.sinceStartup());
        // 10g started 2024-10-08 06:12:40, clock 2024-10-21 09:44:15
        assertEquals(Duration.parse("PT315H31M35S").toSeconds(), before.seconds(), 0.5);
        assertTrue(before.sources().contains("STATSPACK"), before.sources().toString()); // SYSDBA reads PERFSTAT
        assertTrue(after.notes().contains("statspack.missing"));
        assertEquals("db file sequential read", before.waits().get(0).event());
        assertTrue(before.waits().stream().noneMatch(w -> "Idle".equals(w.waitClass())));
        assertTrue(before.memory().containsKey("SGA Database Buffers"));
        assertTrue(before.memory().containsKey("PGA total PGA allocated"));
        assertFalse(before.memory().containsKey("PGA cache hit percentage"));
        double commits = before.load().stream().filter(l -> l.name().equals("user commits")).findFirst().orElseThrow().perSecond();
        assertEquals(21_000_000 / before.seconds(), commits, 0.001);

        BaselineComparison c = perf.compare(before, after, 50);
        assertEquals(2, c.regressed().size(), c.regressed().toString());
        BaselineComparison.Regression worst = c.regressed().get(0);
        assertEquals("8kq2m3x5b1c7d", worst.after().sqlId());
        assertEquals("sql_id", worst.matchedBy());
        assertEquals(650.0, worst.percent(), 0.001); // 2 ms -> 15 ms per execution
        assertEquals(1234567890L, worst.before().planHash());
        assertEquals(987654321L, worst.after().planHash());
        BaselineComparison.Regression byText = c.regressed().get(1);
        assertEquals("text", byText.matchedBy());
        assertEquals("7tt1u2v3w4x5y", byText.after().sqlId());
        assertEquals(300.0, byText.percent(), 0.001);

        // saved and read back the same
        Baseline again = perf.load(before.id()).orElseThrow();
        assertEquals(before.load(), again.load());
        assertEquals(before.sql().size(), again.sql().size());
        assertTrue(perf.list(null).stream().anyMatch(b -> b.id() == after.id()));
    }

    @Test
    void anIntervalBaselineIsTheDeltaOfTwoSnapshots() throws Exception {
        String endpointId = id("iv");
        var first = perf.snapshot(Fixtures.oracle(endpointId, "site-i", "assessment-data-10g", false), Cancellation.none());
        var second = perf.snapshot(Fixtures.oracle(endpointId, "site-i", "assessment-data-10g-later", false), Cancellation.none());
        Baseline b = BaselineMath.baseline(0, "month", first, second);
        assertFalse(b.sinceStartup());
        assertEquals(30 * 86_400.0, b.seconds(), 0.001);
        assertEquals(380_000_000L, b.load().stream().filter(l -> l.name().equals("execute count")).findFirst().orElseThrow().delta());
        assertEquals(21_000_000L, b.load().stream().filter(l -> l.name().equals("user commits")).findFirst()
                .orElseThrow().delta());
        assertEquals(1_200_000L, b.sql().stream().filter(q -> q.sqlId().equals("8kq2m3x5b1c7d")).findFirst().orElseThrow().executions());
        assertFalse(b.notes().contains("instance.restarted"));
    }

    @Test
    void theReportSectionsAndJsonInBothLanguages() throws Exception {
        Endpoint e = Fixtures.oracle(id("rep"), "site-r", "assessment-data-10g", false);
        DataAssessmentResult r = data.assess(e, DataRequest.all(), Cancellation.none());
        Baseline b = perf.take(e, "before", Duration.ZERO, null, Cancellation.none());
        ReportRenderer renderer = Fixtures.service(ReportRenderer.class);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            Report.Builder rb = Report.builder("HIS", locale);
            data.appendTo(rb, r, locale);
            perf.appendTo(rb, b, locale);
            perf.appendTo(rb, perf.compare(b, b, 20), locale);
            StringWriter html = new StringWriter();
            renderer.html(rb.build(), html);
            String text = html.toString();
            assertTrue(text.contains("HIS.ORDERS"));
            assertFalse(text.contains("col.") || text.contains("note.") || text.contains("data.section"), "untranslated key");
            assertTrue(text.contains(locale == Locale.ENGLISH ? "Data Pump duration estimate" : "Data Pump 时长估算"));
            assertTrue(text.contains(locale == Locale.ENGLISH ? "Emulated" : "仿真"));
            renderer.pdf(rb.build(), java.io.OutputStream.nullOutputStream());
        }
        String json = r.toJson().toString();
        assertTrue(json.startsWith("{\"kind\":\"data-assessment\""));
        assertTrue(json.contains("\"owner\":\"HIS\",\"table\":\"ORDERS\",\"tableBytes\":42949672960"));
        assertTrue(b.toJson().toString().contains("\"sqlId\":\"8kq2m3x5b1c7d\""));
    }
}
