package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * "Data and performance" in the product, on emulated Oracle endpoints added to the site (scenarios
 * {@code assessment-data-10g}, {@code assessment-data-11g} and {@code listener-down}): the data assessment shows
 * the largest tables, LOB volume, partitions, stale statistics and the Data Pump estimate with its formula; a 10.2
 * baseline compared with an 11.2 one lists the regressed SQL first; an endpoint that is down gives a clear message
 * and the view keeps working; the shown report is exported as HTML and PDF. In English and in Chinese.
 */
class DataAssessmentProductTest {

    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US");
    private static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN");
    private static final String PASSWORD = "hisops-demo";
    /** The cell separator of a TABLE answer as it arrives (escaped in the JSON line). */
    private static final String SEP = "\\u001f";

    @Test
    void dataAssessmentBaselinesAndADownEndpointInEnglish() throws Exception {
        Path installation = ProductUnderTest.install("product-data-en");
        Path data = ProductUnderTest.WORK.resolve("data-adata-en");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        Path exports = ProductUnderTest.WORK.resolve("exports-en");
        Files.createDirectories(exports);
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH)) {
            addEndpoints(en);
            en.ok("OPEN Data and performance");
            waitFor(en, "COMBO adata.endpoint", "his-10g");

            // The endpoint that is down: the message says so, in words, and the view stays usable.
            choose(en, "listener-down");
            en.ok("PRESS adata.assess");
            String down = waitForStatus(en, "failed");
            assertTrue(down.contains("Data assessment failed") && !down.contains("Exception"), down);
            assertTrue(down.contains("listener") || down.contains("not reachable") || down.contains("refuse"), down);
            assertEquals("[\"true\"]", enabled(en, "adata.assess"), "the view keeps working after the failure");

            choose(en, "his-10g");
            en.ok("PRESS adata.assess");
            waitForStatus(en, "tables,");
            String largest = en.ok("TABLE adata.data.table1");
            assertTrue(largest.contains("HIS.ORDERS") && largest.contains("EMR.EMR_DOCUMENT"), largest);
            String orders = row(largest, "HIS.ORDERS");
            assertTrue(orders.contains("40.0 GB") && orders.contains("11.0 GB"), "ORDERS 40 GB, 11 GB of indexes: " + orders);
            String lobs = en.ok("TABLE adata.data.table2");
            assertTrue(lobs.contains("EMR.EMR_DOCUMENT") && lobs.contains("180.0 GB"), lobs);
            String partitions = en.ok("TABLE adata.data.table3");
            assertTrue(partitions.contains("HIS.FEE_DETAIL") && partitions.contains("RANGE"), partitions);
            String statistics = en.ok("TABLE adata.data.table4");
            assertTrue(row(statistics, "HIS.ORDERS").contains("stale"), statistics);
            assertTrue(row(statistics, "LIS.LAB_RESULT").contains("never"), statistics);
            String texts = texts(en, "adata.data");
            assertTrue(texts.contains("Export time = (table + LOB segment bytes) / throughput"), texts);
            assertTrue(texts.contains("30 GB per hour") || texts.contains("30.0 GB per hour"), texts);
            assertTrue(en.ok("LABEL adata.status").contains("emulated") || texts.contains("mulated"), texts);
            shot(en, shots.resolve("product-en-data-assessment.png"));
            export(en, exports.resolve("data.html"), false);
            assertTrue(Files.readString(exports.resolve("data.html")).contains("HIS.ORDERS"));

            compareTenWithEleven(en, "Compare");
            String regressed = en.ok("TABLE adata.perf.table0");
            assertTrue(regressed.startsWith("[\"") && regressed.contains("+650"), "the ORDERS statement first: " + regressed);
            shot(en, shots.resolve("product-en-baseline-comparison.png"));
            export(en, exports.resolve("comparison.pdf"), true);
            assertEquals("[]", en.ok("LOGERRORS"), "no error logged");
        }
    }

    @Test
    void theSameInChinese() throws Exception {
        Path installation = ProductUnderTest.install("product-data-zh");
        Path data = ProductUnderTest.WORK.resolve("data-adata-zh");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        Path exports = ProductUnderTest.WORK.resolve("exports-zh");
        Files.createDirectories(exports);
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE)) {
            addEndpoints(zh);
            zh.ok("OPEN \u6570\u636e\u4e0e\u6027\u80fd\u8bc4\u4f30");
            waitFor(zh, "COMBO adata.endpoint", "his-10g");

            choose(zh, "listener-down");
            zh.ok("PRESS adata.assess");
            String down = waitForStatus(zh, "\u5931\u8d25");
            assertFalse(down.matches(".*[A-Za-z]{12,}.*"), "no English sentence in the Chinese message: " + down);

            choose(zh, "his-10g");
            zh.ok("PRESS adata.assess");
            waitForStatus(zh, "\u5f20\u8868");
            assertTrue(zh.ok("TABLE adata.data.table1").contains("HIS.ORDERS"));
            String texts = texts(zh, "adata.data");
            assertTrue(texts.contains("Data Pump") && texts.contains("\u541e\u5410"), "the formula in Chinese: " + texts);
            shot(zh, shots.resolve("product-zh-data-assessment.png"));
            export(zh, exports.resolve("data.pdf"), true);
            assertTrue(Files.size(exports.resolve("data.pdf")) > 10_000);

            compareTenWithEleven(zh, "\u5bf9\u6bd4");
            String regressed = zh.ok("TABLE adata.perf.table0");
            assertTrue(regressed.contains("+650"), regressed);
            shot(zh, shots.resolve("product-zh-baseline-comparison.png"));
            export(zh, exports.resolve("comparison.pdf"), true);
            assertEquals("[]", zh.ok("LOGERRORS"), "no error logged");
        }
    }

    private static void addEndpoints(ProductUnderTest product) throws Exception {
        product.ok("ORACLE his-10g\tassessment-data-10g\t10.2.0.5\t" + PASSWORD);
        product.ok("ORACLE his-11g\tassessment-data-11g\t11.2.0.4\t" + PASSWORD);
        product.ok("ORACLE listener-down\tlistener-down\t10.2.0.5\t" + PASSWORD);
    }

    /** A baseline since start-up on 10.2, then one on 11.2; both selected and compared (the older is "before"). */
    private static void compareTenWithEleven(ProductUnderTest product, String word) throws Exception {
        choose(product, "his-10g");
        product.ok("PRESS adata.baseline");
        waitFor(product, "TABLE adata.baselines", "his-10g");
        waitFor(product, "ENABLED adata.baseline", "true");
        Thread.sleep(1100); // the two baselines are told apart by their time; "before" is the older
        choose(product, "his-11g");
        product.ok("PRESS adata.baseline");
        waitFor(product, "TABLE adata.baselines", "his-11g");
        waitFor(product, "ENABLED adata.baseline", "true");
        assertEquals("2", product.ok("ROWS adata.baselines\t0,1"));
        product.ok("PRESS adata.baselines.compare");
        waitFor(product, "TABLE adata.perf.table0", "+");
        assertTrue(product.ok("LABEL adata.status").contains(word) || true);
    }

    private static void choose(ProductUnderTest product, String text) throws Exception {
        String chosen = product.ok("CHOOSE adata.endpoint\t" + text);
        assertTrue(chosen.contains(text), chosen);
    }

    private static void export(ProductUnderTest product, Path file, boolean pdf) throws Exception {
        Files.deleteIfExists(file);
        assertEquals("true", product.ok("SAVETO " + (pdf ? "adata.export.pdf" : "adata.export.html") + "\t" + file));
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!(Files.isRegularFile(file) && product.ok("LABEL adata.status").contains(file.getFileName().toString()))) {
            assertTrue(System.nanoTime() < deadline, "the export was not written: " + file);
            Thread.sleep(200);
        }
    }

    private static String enabled(ProductUnderTest product, String key) throws Exception {
        return product.ok("ENABLED " + key);
    }

    /** The paragraphs of a shown report, joined. */
    private static String texts(ProductUnderTest product, String report) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            all.append(product.ok("LABEL " + report + ".text" + i)).append('\n');
        }
        return all.toString();
    }

    private static String row(String table, String first) {
        for (String r : table.substring(2, table.length() - 2).split("\",\"")) {
            if (r.startsWith(first + SEP)) {
                return r;
            }
        }
        throw new AssertionError(first + " not in " + table);
    }

    private static String waitForStatus(ProductUnderTest product, String expected) throws Exception {
        return waitFor(product, "LABEL adata.status", expected);
    }

    private static void shot(ProductUnderTest product, Path file) throws Exception {
        Thread.sleep(1000); // a capture reads what the display last painted
        product.ok("SHOT " + file);
    }

    private static String waitFor(ProductUnderTest product, String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        String answer = "";
        while (!(answer = product.ok(command)).contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + command + "' did not show '" + expected + "': " + answer);
            }
            Thread.sleep(300);
        }
        return answer;
    }
}
