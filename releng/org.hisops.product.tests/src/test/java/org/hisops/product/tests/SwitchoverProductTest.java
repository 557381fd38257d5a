package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * "Switchover and drills" in the product on the demo site, in Chinese: the view lists the demo's standbys (the real
 * PostgreSQL standby and the emulated Oracle one) with their state, read in the background.
 */
class SwitchoverProductTest {

    private static final Map<String, String> CHINESE_DEMO = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");

    @Test
    void theViewListsTheDemoStandbysInChinese() throws Exception {
        Path installation = ProductUnderTest.install("product-switchover");
        Path data = ProductUnderTest.WORK.resolve("data-switchover");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE_DEMO)) {
            long deadline = System.nanoTime() + 300_000_000_000L;
            while (System.nanoTime() < deadline && !zh.ask("PROBE demo-his-pg-standby").startsWith("OK")) {
                Thread.sleep(1000);
            }
            zh.ok("OPEN \u5207\u6362\u4e0e\u6f14\u7ec3");
            String table = "";
            deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline && !(table = zh.ok("TABLE dgops.standbys")).contains("demo-his-pg")
                    && !table.contains("PostgreSQL") && !table.contains("\u5907")) {
                Thread.sleep(500);
            }
            assertTrue(table.contains("HIS"), "the demo's standbys are listed: " + table);
            zh.ok("SHOT " + shots.resolve("product-zh-switchover.png"));
        }
    }
}
