package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * "Upgrade readiness" in the product on the demo site: the view starts on the emulated Oracle 10.2 HIS endpoint,
 * a run reads it in the background and the findings (grouped by severity) and the run history appear, in Chinese
 * and in English; the second run is compared with the first.
 */
class UpgradeReadinessProductTest {

    private static final Map<String, String> CHINESE_DEMO = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");
    private static final Map<String, String> ENGLISH_DEMO = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US", ProductUnderTest.DEMO, "on");

    @Test
    void aRunOnTheEmulated10gEndpointShowsItsFindingsInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-assessment");
        Path data = ProductUnderTest.WORK.resolve("data-assessment");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE_DEMO)) {
            waitForProbe(zh);
            zh.ok("OPEN \u5347\u7ea7\u5c31\u7eea\u8bc4\u4f30");
            String combo = waitFor(zh, "COMBO assess.endpoint", "10g");
            assertTrue(combo.startsWith("[\"HIS") && combo.contains("10g"), "starts on the 10.2 endpoint: " + combo);
            String findings = run(zh);
            assertTrue(findings.contains("\u5efa\u8bae"), "a recommendation (dictionary statistics): " + findings);
            String history = waitFor(zh, "TABLE assess.history", "20");
            assertTrue(rows(history) == 1, "the run is in the history: " + history);
            shot(zh, "\u5347\u7ea7\u5c31\u7eea\u8bc4\u4f30", shots.resolve("product-zh-upgrade-readiness.png"));
        }
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH_DEMO)) {
            waitForProbe(en);
            en.ok("OPEN Upgrade readiness");
            waitFor(en, "COMBO assess.endpoint", "10g");
            String findings = run(en);
            assertTrue(findings.contains("Recommendation"), findings);
            assertTrue(findings.contains("Client drivers") || findings.contains("Statistics"), findings);
            String history = waitFor(en, "TABLE assess.history", "\",\"");
            assertTrue(rows(history) == 2, "both runs in the history: " + history);
            String comparison = waitFor(en, "TEXT assess.comparison", "unchanged");
            assertTrue(comparison.contains("0 new, 0 resolved"), "the same database, the same findings: " + comparison);
            shot(en, "Upgrade readiness", shots.resolve("product-en-upgrade-readiness.png"));
        }
    }

    /** Presses Run and waits for the findings table to fill; answers it. */
    private static String run(ProductUnderTest product) throws Exception {
        product.ok("PRESS assess.run");
        long deadline = System.nanoTime() + 120_000_000_000L;
        String table = "";
        while (System.nanoTime() < deadline) {
            table = product.ok("TABLE assess.findings");
            String status = product.ok("LABEL assess.status");
            if (rows(table) > 0 && status.contains("Oracle 10.2")) {
                return table;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no findings after the run: " + table + " / " + product.ok("LABEL assess.status"));
    }

    /**
     * The screenshot once the view's tab is there; the window is given a moment to paint what changed (the first
     * start is busy building the demo hospital, and a capture reads what the display last painted).
     */
    static void shot(ProductUnderTest product, String tab, Path file) throws Exception {
        String tabs = waitFor(product, "TABS", tab);
        assertTrue(tabs.contains(tab), tabs);
        Thread.sleep(2000);
        product.ok("SHOT " + file);
    }

    /** Rows of a TABLE answer (a JSON list of strings). */
    private static int rows(String answer) {
        return answer.equals("[]") || !answer.startsWith("[\"") ? 0 : answer.split("\",\"").length;
    }

    static String waitFor(ProductUnderTest product, String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !(answer = product.ok(command)).contains(expected)) {
            Thread.sleep(300);
        }
        return answer;
    }

    static void waitForProbe(ProductUnderTest product) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline && !product.ask("PROBE demo-his-10g").startsWith("OK")) {
            Thread.sleep(1000);
        }
    }
}
