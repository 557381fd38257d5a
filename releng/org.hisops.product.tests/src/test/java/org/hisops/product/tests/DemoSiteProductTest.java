package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The product on its default site, as a user first meets it: the demo site builds its PostgreSQL primary and
 * standby in the background, and the Database endpoints view shows all five demo endpoints connected (two real
 * PostgreSQL servers, three emulated Oracle databases) with engine, version and role, in Chinese and in English.
 */
class DemoSiteProductTest {

    private static final Map<String, String> CHINESE_DEMO = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");
    private static final Map<String, String> ENGLISH_DEMO = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US", ProductUnderTest.DEMO, "on");

    /** The demo bundle's Chinese text for the RUNNING state. */
    private static final String RUNNING_ZH = "\u8fd0\u884c\u4e2d";

    /** Endpoint id and what its test must report: engine, exact version, role. */
    private static final String[][] EXPECTED = {
            { "demo-his-pg-primary", "OK POSTGRESQL 17.6 PRIMARY" },
            { "demo-his-pg-standby", "OK POSTGRESQL 17.6 STANDBY" },
            { "demo-his-10g", "OK ORACLE 10.2.0.5.0 PRIMARY" },
            { "demo-his-11g-primary", "OK ORACLE 11.2.0.4.0 PRIMARY" },
            { "demo-his-11g-standby", "OK ORACLE 11.2.0.4.0 PHYSICAL STANDBY" } };

    @Test
    void theDemoSitesEndpointsAreConnectedInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-demo");
        Path data = ProductUnderTest.WORK.resolve("data-demo");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE_DEMO)) {
            for (String[] endpoint : EXPECTED) {
                assertEquals(endpoint[1], waitForProbe(zh, endpoint[0], endpoint[1]), endpoint[0]);
            }
            zh.ok("OPEN \u6570\u636e\u5e93\u7aef\u70b9");
            waitForConnectedRows(zh, "\u5df2\u8fde\u63a5\u5230");
            String table = zh.ok("TABLE endpoints");
            assertTrue(table.contains("17.6") && table.contains("10.2.0.5.0") && table.contains("11.2.0.4.0"), table);
            assertTrue(table.contains("PHYSICAL STANDBY") && table.contains("MOUNTED"), table);
            assertTrue(table.contains("\uff08\u4eff\u771f\uff09"), "emulated endpoints say so: " + table);
            zh.ok("SHOT " + shots.resolve("product-zh-demo-endpoints.png"));
            zh.ok("OPEN \u6f14\u793a\u7ad9\u70b9\u670d\u52a1\u5668");
            long deadline = System.nanoTime() + 30_000_000_000L;
            String state = "";
            while (System.nanoTime() < deadline && !(state = zh.ok("LABEL demo.state")).contains(RUNNING_ZH)) {
                Thread.sleep(200);
            }
            assertTrue(state.contains(RUNNING_ZH), "the demo site view shows the servers running: " + state);
            zh.ok("SHOT " + shots.resolve("product-zh-demo-site.png"));
        }
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH_DEMO)) {
            for (String[] endpoint : EXPECTED) {
                assertEquals(endpoint[1], waitForProbe(en, endpoint[0], endpoint[1]), endpoint[0]);
            }
            en.ok("OPEN Database endpoints");
            waitForConnectedRows(en, "Connected to");
            assertTrue(en.ok("TABLE endpoints").contains("(emulated)"));
            en.ok("SHOT " + shots.resolve("product-en-demo-endpoints.png"));
        }
    }

    /** The demo builds in the background (its first build takes tens of seconds): poll its endpoint's test. */
    private static String waitForProbe(ProductUnderTest product, String id, String expected) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline) {
            answer = product.ask("PROBE " + id);
            if (answer.equals(expected)) {
                return answer;
            }
            Thread.sleep(1000);
        }
        return answer;
    }

    private static void waitForConnectedRows(ProductUnderTest product, String connected) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String table = product.ok("TABLE endpoints");
            if (table.split(java.util.regex.Pattern.quote(connected), -1).length - 1 >= EXPECTED.length) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not every demo endpoint shows as connected: " + product.ok("TABLE endpoints"));
    }
}
