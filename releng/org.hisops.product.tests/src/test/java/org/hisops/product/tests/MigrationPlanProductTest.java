package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * "Migration plan" in the product on an emulated Oracle 10.2 source (scenario migration-10g): the plan is made in
 * the background and its runbook and go/no-go appear; an administrator starts an export through DBMS_DATAPUMP
 * (typed job name) and the view follows it to COMPLETED; in English and in Chinese, with screenshots.
 */
class MigrationPlanProductTest {

    private static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN");
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US");
    private static final String PASSWORD = "plans-Admin-1";

    @Test
    void aPlanAndAFollowedExportInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-plans");
        Path data = ProductUnderTest.WORK.resolve("data-plans");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH)) {
            en.ok("EMULATED mig-10g\tHIS migration-10g\tmigration-10g\t10.2.0.5.0");
            en.ok("ADMIN " + PASSWORD);
            en.ok("OPEN Migration plan");
            String combo = waitFor(en, "COMBO plans.source", "mig-10g");
            assertTrue(combo.contains("mig-10g"), combo);
            plan(en, "EMULATED");
            export(en, "HISOPS_EXP_EN");
            shot(en, "Migration plan", shots.resolve("product-en-migration-plan.png"));
        }
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE)) {
            zh.ok("ADMIN " + PASSWORD);
            zh.ok("OPEN \u8fc1\u79fb\u65b9\u6848");
            waitFor(zh, "COMBO plans.source", "mig-10g");
            plan(zh, "\u4eff\u771f");
            export(zh, "HISOPS_EXP_ZH");
            shot(zh, "\u8fc1\u79fb\u65b9\u6848", shots.resolve("product-zh-migration-plan.png"));
        }
    }

    private static void plan(ProductUnderTest product, String emulated) throws Exception {
        product.ok("TYPE plans.schemas\tHIS,LIS,EMR");
        product.ok("PRESS plans.make");
        String status = waitFor(product, "LABEL plans.status", emulated);
        assertTrue(status.contains(emulated) && status.contains("155"), "155 GB of data, emulated: " + status);
        String runbook = product.ok("TABLE plans.runbook");
        assertTrue(runbook.split("\",\"").length >= 9, runbook);
        assertTrue(product.ok("TEXT plans.expdp").contains("FLASHBACK_SCN=8716460021"));
    }

    private static void export(ProductUnderTest product, String job) throws Exception {
        product.ok("TYPE plans.job.name\t" + job);
        product.ok("TYPE plans.job.directory\tHISOPS_DP");
        product.ok("PRESS plans.job.start");
        waitFor(product, "DIALOGS", "");
        Thread.sleep(1000);
        product.ok("TYPE plans.job.typed\t" + job);
        product.ok("PRESS plans.job.ok");
        String state = waitFor(product, "LABEL plans.job.status", "COMPLETED");
        assertTrue(state.contains("COMPLETED") && state.contains("100%"), state);
    }

    private static void shot(ProductUnderTest product, String tab, Path file) throws Exception {
        String tabs = waitFor(product, "TABS", tab);
        assertTrue(tabs.contains(tab), tabs);
        Thread.sleep(1500);
        product.ok("SHOT " + file);
    }

    private static String waitFor(ProductUnderTest product, String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !(answer = product.ok(command)).contains(expected)) {
            Thread.sleep(300);
        }
        return answer;
    }
}
