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
            assertTrue(combo.startsWith("OK [\"HIS") && combo.contains("10g"), "starts on the 10.2 endpoint: " + combo);
            String findings = run(zh);
            assertTrue(findings.contains("\u5efa\u8bae"), "a recommendation (dictionary statistics): " + findings);
            String history = waitFor(zh, "TABLE assess.history", "\u001f");
            assertTrue(history.contains("20"), "the run is in the history: " + history);
            zh.ok("SHOT " + shots.resolve("product-zh-upgrade-readiness.png"));
        }
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH_DEMO)) {
            waitForProbe(en);
            en.ok("OPEN Upgrade readiness");
            waitFor(en, "COMBO assess.endpoint", "10g");
            String findings = run(en);
            assertTrue(findings.contains("Recommendation"), findings);
            assertTrue(findings.contains("Client drivers") || findings.contains("Statistics"), findings);
            String comparison = waitFor(en, "TABLE assess.history", "\u001f");
            assertTrue(comparison.split("\u001f").length > 3, "two runs in the history: " + comparison);
            en.ok("SHOT " + shots.resolve("product-en-upgrade-readiness.png"));
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
            if (table.contains("\u001f") && status.contains("Oracle 10.2")) {
                return table;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no findings after the run: " + table + " / " + product.ok("LABEL assess.status"));
    }

    private static String waitFor(ProductUnderTest product, String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !(answer = product.ok(command)).contains(expected)) {
            Thread.sleep(300);
        }
        return answer;
    }

    private static void waitForProbe(ProductUnderTest product) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (System.nanoTime() < deadline && !product.ask("PROBE demo-his-10g").startsWith("OK")) {
            Thread.sleep(1000);
        }
    }
}
