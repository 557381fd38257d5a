package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * "Data and performance" in the product, on emulated Oracle endpoints added to the site (scenarios
 * {@code assessment-data-10g}, {@code assessment-data-11g} and {@code listener-down}): the data assessment shows
 * the largest tables, LOB volume, partitions, stale statistics and the Data Pump estimate with its formula; a 10.2
 * baseline compared with an 11.2 one lists the regressed SQL first; an endpoint that is down gives a clear message
 * with what to do and the view keeps working; what is shown is exported as HTML and PDF. In English and Chinese.
 */
class DataAssessmentProductTest {

    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US");
    private static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN");
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
            String combo = waitFor(en, "COMBO adata.endpoint", "his-10g");
            assertTrue(combo.startsWith("[\"his-10g (emulated)\""), "starts on the 10.2 endpoint, called emulated: " + combo);
            assertTrue(en.ok("LABEL adata.data.empty").contains("Assess data"), "the empty area says what to do");

            // The endpoint that is down: what is wrong and what to do, in words; the view stays usable.
            choose(en, "listener-down");
            en.ok("PRESS adata.assess");
            String down = waitForStatus(en, "failed");
            assertTrue(down.contains("Data assessment failed: No listener answers on listener-down.emulated:1521 (ORA-17002)")
                    && down.contains("lsnrctl start"), down);
            assertFalse(down.contains("{") || down.contains("Exception"), down);
            waitFor(en, "ENABLED adata.assess", "true");

            choose(en, "his-10g");
            en.ok("PRESS adata.assess");
            assertTrue(waitForStatus(en, "tables,").contains("his-10g: 10 tables, 319.4 GB in total."));
            String largest = en.ok("TABLE adata.data.table1");
            assertTrue(row(largest, "HIS.ORDERS").startsWith("HIS.ORDERS" + SEP + "40.0 GB" + SEP + "11.0 GB"),
                    "ORDERS: 40 GB of table, 11 GB of indexes: " + largest);
            assertTrue(largest.indexOf("EMR.EMR_DOCUMENT") < largest.indexOf("HIS.ORDERS"), "largest first, LOBs counted");
            assertTrue(row(en.ok("TABLE adata.data.table2"), "EMR.EMR_DOCUMENT").contains(SEP + "180.0 GB"), "LOB volume");
            assertTrue(row(en.ok("TABLE adata.data.table3"), "HIS.FEE_DETAIL").contains("RANGE" + SEP + "NONE" + SEP + "24"),
                    "24 range partitions");
            String statistics = en.ok("TABLE adata.data.table4");
            assertTrue(row(statistics, "HIS.ORDERS").contains(SEP + "stale" + SEP), statistics);
            assertTrue(row(statistics, "LIS.LAB_RESULT").contains(SEP + "never analysed" + SEP), statistics);
            String texts = texts(en, "adata.data");
            assertTrue(texts.contains("Export time = (table + LOB segment bytes) / throughput = 295.6 GB / 30 GB per hour"
                    + " = 9:51:08 (h:mm:ss)"), texts);
            assertTrue(texts.contains("Emulated: these figures come from the Oracle stand-in"), texts);
            shot(en, shots.resolve("product-en-data-assessment.png"));
            export(en, exports.resolve("data.html"), false);
            String html = Files.readString(exports.resolve("data.html"));
            assertTrue(html.contains("HIS.ORDERS") && html.contains("Export time"), "the export is what is shown");

            compareTenWithEleven(en);
            assertTrue(en.ok("LABEL adata.status").contains("(after) compared: 2 regressed statement(s)."));
            String regressed = en.ok("TABLE adata.perf.table0");
            assertTrue(regressed.startsWith("[\"8kq2m3x5b1c7d" + SEP + "+650 %"), "the ORDERS statement first: " + regressed);
            assertEquals("1", en.ok("ROWS adata.perf.table0\t0"));
            assertTrue(en.ok("LABEL adata.perf.table0.row").contains("Plan hash, before \u2192 after: 1234567890 \u2192 987654321"),
                    "the selected row is shown whole");
            assertTrue(texts(en, "adata.perf").contains("8kq2m3x5b1c7d: SELECT o.order_no, o.item_code, o.status FROM his.orders o"
                    + " WHERE o.patient_id = :1"), "the statement whole below the table");
            assertTrue(row(en.ok("TABLE adata.perf.table1"), "DB time").contains("centiseconds"), "load figures carry units");
            shot(en, shots.resolve("product-en-baseline-comparison.png"));
            export(en, exports.resolve("comparison.pdf"), true);
            assertTrue(pdfText(exports.resolve("comparison.pdf")).contains("8kq2m3x5b1c7d"));
            assertEquals("[]", en.ok("LOGERRORS"), "no error logged");
        }
    }

    @Test
    void theSameInChineseAndThePdfPrintsChinese() throws Exception {
        Path installation = ProductUnderTest.install("product-data-zh");
        Path data = ProductUnderTest.WORK.resolve("data-adata-zh");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        Path exports = ProductUnderTest.WORK.resolve("exports-zh");
        Files.createDirectories(exports);
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE)) {
            addEndpoints(zh);
            zh.ok("OPEN \u6570\u636e\u4e0e\u6027\u80fd\u8bc4\u4f30");
            assertTrue(waitFor(zh, "COMBO adata.endpoint", "his-10g").startsWith("[\"his-10g\uff08\u4eff\u771f\uff09\""));

            choose(zh, "listener-down");
            zh.ok("PRESS adata.assess");
            String down = waitForStatus(zh, "\u5931\u8d25");
            // 数据评估失败 ... 上没有监听程序响应 ... 请在数据库服务器上启动监听
            assertTrue(down.startsWith("[\"\u6570\u636e\u8bc4\u4f30\u5931\u8d25") && down.contains("\u6ca1\u6709\u76d1\u542c\u7a0b\u5e8f\u54cd\u5e94")
                    && down.contains("lsnrctl start"), down);
            assertFalse(down.matches(".*[A-Za-z]{12,}.*") || down.contains("{"), "no English sentence, no placeholder: " + down);
            waitFor(zh, "ENABLED adata.assess", "true");

            choose(zh, "his-10g");
            zh.ok("PRESS adata.assess");
            waitForStatus(zh, "\u5f20\u8868"); // 张表
            assertTrue(row(zh.ok("TABLE adata.data.table1"), "HIS.ORDERS").contains("40.0 GB"));
            String statistics = zh.ok("TABLE adata.data.table4");
            assertFalse(statistics.contains("stale") || statistics.contains("never"), "states in Chinese: " + statistics);
            String texts = texts(zh, "adata.data");
            // 导出时间 = （表段 + LOB 段字节数）/ 吞吐量
            assertTrue(texts.contains("\u5bfc\u51fa\u65f6\u95f4 = \uff08\u8868\u6bb5 + LOB \u6bb5\u5b57\u8282\u6570\uff09/ \u541e\u5410\u91cf"),
                    "the formula in Chinese: " + texts);
            shot(zh, shots.resolve("product-zh-data-assessment.png"));
            export(zh, exports.resolve("data.pdf"), true);
            String pdf = pdfText(exports.resolve("data.pdf"));
            assertTrue(pdf.contains("HIS.ORDERS") && pdf.contains("\u5bfc\u51fa\u65f6\u95f4"), "Chinese text in the PDF: " + pdf);

            compareTenWithEleven(zh);
            assertTrue(zh.ok("LABEL adata.status").contains("2 \u6761 SQL \u9000\u5316")); // 2 条 SQL 退化
            assertTrue(zh.ok("TABLE adata.perf.table0").startsWith("[\"8kq2m3x5b1c7d" + SEP + "+650 %"));
            shot(zh, shots.resolve("product-zh-baseline-comparison.png"));
            Path comparison = exports.resolve("comparison.pdf");
            export(zh, comparison, true);
            String comparisonText = pdfText(comparison);
            assertTrue(comparisonText.contains("\u9000\u5316\u7684 SQL"), "退化的 SQL in the PDF: " + comparisonText);
            render(comparison, shots.resolve("product-zh-baseline-comparison-pdf.png"));
            assertEquals("[]", zh.ok("LOGERRORS"), "no error logged");
        }
    }

    private static void addEndpoints(ProductUnderTest product) throws Exception {
        product.ok("EMULATED his-10g\this-10g\tassessment-data-10g\t10.2.0.5");
        product.ok("EMULATED his-11g\this-11g\tassessment-data-11g\t11.2.0.4");
        product.ok("EMULATED listener-down\tlistener-down\tlistener-down\t10.2.0.5");
    }

    /** A baseline since start-up on 10.2, then one on 11.2; both selected and compared (the older is "before"). */
    private static void compareTenWithEleven(ProductUnderTest product) throws Exception {
        choose(product, "his-10g");
        product.ok("PRESS adata.baseline");
        waitFor(product, "TABLE adata.baselines", "his-10g");
        waitFor(product, "ENABLED adata.baseline", "true");
        choose(product, "his-11g");
        product.ok("PRESS adata.baseline");
        waitFor(product, "TABLE adata.baselines", "his-11g");
        waitFor(product, "ENABLED adata.baseline", "true");
        assertEquals("2", product.ok("ROWS adata.baselines\t0,1"));
        product.ok("PRESS adata.baselines.compare");
        waitFor(product, "TABLE adata.perf.table0", "+650");
    }

    private static void choose(ProductUnderTest product, String text) throws Exception {
        String chosen = product.ok("CHOOSE adata.endpoint\t" + text);
        assertTrue(chosen.contains(text), chosen);
    }

    /** Exports through the button's save action (a native file dialog cannot be driven) and waits for the file. */
    private static void export(ProductUnderTest product, Path file, boolean pdf) throws Exception {
        Files.deleteIfExists(file);
        assertEquals("true", product.ok("SAVETO " + (pdf ? "adata.export.pdf" : "adata.export.html") + "\t" + file));
        waitFor(product, "LABEL adata.status", file.getFileName().toString());
        assertTrue(Files.size(file) > 1000, file + " holds a report");
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The first page as a picture, to look at (boxes instead of Chinese would show there). */
    private static void render(Path pdf, Path png) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
    }

    /** The paragraphs of a shown report, joined. */
    private static String texts(ProductUnderTest product, String report) throws Exception {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 20; i++) {
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
        String answer;
        while (!(answer = product.ok(command)).contains(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("'" + command + "' did not show '" + expected + "': " + answer);
            }
            Thread.sleep(300);
        }
        return answer;
    }
}
