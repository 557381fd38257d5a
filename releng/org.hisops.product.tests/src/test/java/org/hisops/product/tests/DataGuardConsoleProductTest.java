package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The Data Guard console on the demo site, in Chinese and in English: the real embedded PostgreSQL pair and the
 * emulated Oracle 11.2 pair each get a card with verdict and figures, a lag chart and their switchover readiness
 * lines; then the PostgreSQL standby is killed and its card, the alerts and the readiness say so. Screenshots of
 * the console, a readiness panel, the unreachable standby and the alerts go to the screenshots folder.
 */
class DataGuardConsoleProductTest {

    private static final Map<String, String> CHINESE_DEMO = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");
    private static final Map<String, String> ENGLISH_DEMO = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US", ProductUnderTest.DEMO, "on");
    private static final String PG_STANDBY = "demo-his-pg-standby";
    private static final String INTERVAL_ADMIN_PASSWORD = "console-admin-2026";
    private static final String ORACLE_STANDBY = "demo-his-11g-standby";

    @Test
    void theConsoleShowsBothDemoPairsWithCardsChartsAndReadinessInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-dataguard");
        Path data = ProductUnderTest.WORK.resolve("data-dataguard");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE_DEMO)) {
            waitFor(zh, "PROBE demo-his-pg-standby", "OK POSTGRESQL", 300);
            zh.ok("OPEN Data Guard \u63a7\u5236\u53f0");
            // "正常" (normal) on the real PostgreSQL pair once the first cycles ran
            String verdict = waitFor(zh, "LABEL dataguard.verdict." + PG_STANDBY, "\u6b63\u5e38", 120);
            assertTrue(verdict.contains("\u6b63\u5e38"), verdict);
            String rpo = zh.ok("LABEL dataguard.rpo." + PG_STANDBY);
            assertTrue(rpo.contains("\u5c1a\u672a\u5230\u8fbe\u5907\u5e93"), "RPO exposure in Chinese: " + rpo);
            assertTrue(zh.ok("LABEL dataguard.protection." + PG_STANDBY).contains("sync_state"));
            String oracle = waitFor(zh, "LABEL dataguard.verdict." + ORACLE_STANDBY, "\u25cf", 60);
            assertFalse(oracle.isBlank(), oracle);
            assertTrue(zh.ok("LABEL dataguard.role." + ORACLE_STANDBY).contains("MOUNTED"),
                    "the emulated 11.2 standby is a mounted physical standby");
            // readiness: every line with a Chinese result (通过 / 未通过 / 未知)
            String readiness = waitFor(zh, "TABLE dataguard.readiness." + PG_STANDBY, "\u901a\u8fc7", 120);
            assertTrue(readiness.contains("\u901a\u8fc7"), readiness);
            waitFor(zh, "TABLE dataguard.readiness." + ORACLE_STANDBY, "\u901a\u8fc7", 120);
            // the refresh-now button runs a cycle and the summary names a later one
            String before = zh.ok("LABEL dataguard.summary");
            zh.ok("PRESS dataguard.refresh");
            waitForChange(zh, "LABEL dataguard.summary", before, 60);
            zh.ok("SHOT " + shots.resolve("dataguard-zh-console.png"));
            zh.ok("REVEAL dataguard.readiness." + ORACLE_STANDBY);
            zh.ok("SHOT " + shots.resolve("dataguard-zh-readiness.png"));

            // The standby dies: its card turns to 错误 (error) with the classified problem and what to do, an alert
            // is listed and the readiness refuses; the primary's side goes on.
            killStandby(data);
            waitFor(zh, "LABEL dataguard.verdict." + PG_STANDBY, "\u9519\u8bef", 120);
            String why = zh.ok("LABEL dataguard.reasons." + PG_STANDBY);
            assertTrue(why.contains("\u5904\u7406\u529e\u6cd5"), "what to do, in Chinese: " + why);
            String alerts = waitFor(zh, "TABLE dataguard.alerts", "\u9519\u8bef", 60);
            assertTrue(alerts.contains("HIS-PG"), alerts);
            waitFor(zh, "TABLE dataguard.readiness." + PG_STANDBY, "\u672a\u901a\u8fc7", 120);
            zh.ok("REVEAL dataguard.summary");
            zh.ok("SHOT " + shots.resolve("dataguard-zh-unreachable.png"));
            zh.ok("REVEAL dataguard.alerts");
            zh.ok("SHOT " + shots.resolve("dataguard-zh-alerts.png"));
        }
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH_DEMO)) {
            waitFor(en, "PROBE demo-his-pg-standby", "OK POSTGRESQL", 300);
            en.ok("OPEN Data Guard console");
            waitFor(en, "LABEL dataguard.verdict." + PG_STANDBY, "Normal", 120);
            assertTrue(en.ok("LABEL dataguard.rpo." + PG_STANDBY).contains("not on the standby"));
            waitFor(en, "TABLE dataguard.readiness." + ORACLE_STANDBY, "Pass", 120);
            en.ok("SHOT " + shots.resolve("dataguard-en-console.png"));
            en.ok("REVEAL dataguard.readiness." + ORACLE_STANDBY);
            en.ok("SHOT " + shots.resolve("dataguard-en-readiness.png"));

            // The refresh interval: refused to an operator (the administrator prompt is cancelled), saved for an
            // administrator, and a bad value is explained.
            en.ok("REVEAL dataguard.summary");
            en.ok("TYPE dataguard.interval\t5");
            en.ok("PRESS dataguard.interval.apply");
            waitFor(en, "DIALOGS", "\"", 30);
            en.ok("CLOSEDIALOGS");
            waitFor(en, "STATUS", "Only an administrator", 30);
            en.ok("ADMIN " + INTERVAL_ADMIN_PASSWORD);
            en.ok("TYPE dataguard.interval\t0");
            en.ok("PRESS dataguard.interval.apply");
            waitFor(en, "STATUS", "from 1 to 3600", 30);
            en.ok("TYPE dataguard.interval\t5");
            en.ok("PRESS dataguard.interval.apply");
            waitFor(en, "STATUS", "refreshed every 5 s", 30);
        }
    }

    /** Kills the demo's PostgreSQL standby as a crash would (the next launch of the demo starts it again). */
    private static void killStandby(Path data) throws Exception {
        Path pidFile = data.resolve(".hisops/demo/pair/standby/postmaster.pid");
        long pid = Long.parseLong(java.nio.file.Files.readAllLines(pidFile).get(0).trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
    }

    /** Asks until the answer contains {@code expected} (the demo builds and the console polls in the background). */
    private static String waitFor(ProductUnderTest product, String command, String expected, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline) {
            answer = command.startsWith("PROBE") ? product.ask(command) : product.ok(command);
            if (answer.contains(expected)) {
                return answer;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(command + " never showed " + expected + "; last answer: " + answer);
    }

    private static void waitForChange(ProductUnderTest product, String command, String before, int seconds)
            throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!product.ok(command).equals(before)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(command + " did not change from " + before);
    }
}
