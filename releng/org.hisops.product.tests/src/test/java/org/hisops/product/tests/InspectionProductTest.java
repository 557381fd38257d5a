package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The Inspection view in the product, demo off, on the emulated Oracle scenarios of a monthly inspection (10.2 with
 * problems, 11.2 almost clean) and an emulated server whose listener does not answer: a run of the monthly list in
 * the background, the findings with the endpoint that is down named, a malformed manual value refused and a good
 * one saved with its verdict, sign-off making the run read-only; in Chinese, then in English on the same data
 * folder (the history keeps the signed run, a second run is started there). Between the answers and the sign-off the
 * product is killed: the reopened run keeps its findings and answers. Screenshots go to target/screenshots.
 */
class InspectionProductTest {

    private static final String VIEW_ZH = "\u5de1\u68c0";
    private static final String VIEW_EN = "Inspection";
    /** Row of "room temperature" and "room humidity" in the Oracle monthly list's manual items. */
    private static final int TEMPERATURE = 4;
    private static final int HUMIDITY = 5;

    @Test
    void aMonthlyRunWithManualItemsAndSignOffInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-inspection");
        Path data = ProductUnderTest.WORK.resolve("data-inspection");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");

        try (ProductUnderTest zh = new ProductUnderTest(installation, data, "-nl", "zh_CN")) {
            zh.ok("EMULATED insp-10g\tHIS 10g\tinspection-10g\t10.2.0.5");
            zh.ok("EMULATED insp-11g\tHIS 11g\tinspection-11g\t11.2.0.4");
            zh.ok("EMULATED insp-dr\tHIS \u707e\u5907\tlistener-down\t10.2.0.5");
            zh.ok("OPEN " + VIEW_ZH);
            String list = waitFor(zh, "COMBO insp.list", s -> s.contains("Oracle \u6708\u5ea6\u5de1\u68c0"));
            assertTrue(list.startsWith("[\"Oracle \u6708\u5ea6\u5de1\u68c0"), "starts on the monthly list: " + list);
            String endpoints = waitFor(zh, "TABLE insp.endpoints", s -> s.contains("HIS \u707e\u5907"));
            assertTrue(endpoints.contains("HIS 10g\uff08\u4eff\u771f\uff09"), "emulated endpoints say so: " + endpoints);

            zh.ok("PRESS insp.start");
            assertTrue(waitFor(zh, "LABEL insp.status", s -> s.contains("\u5de1\u68c0\u4eba")).contains("\u8bf7\u5148\u586b\u5199\u5de1\u68c0\u4eba\u59d3\u540d"),
                    "a run needs the inspector's name");
            zh.ok("TYPE insp.inspector\t\u738b\u4e3d");
            zh.ok("PRESS insp.start");
            String done = waitFor(zh, "LABEL insp.status", s -> s.contains("\u4e2a\u4eba\u5de5\u68c0\u67e5\u9879"));
            assertTrue(done.contains("\u65e0\u6cd5\u6267\u884c ") && !done.contains("\u65e0\u6cd5\u6267\u884c 0 \u9879"), done);
            String findings = zh.ok("TABLE insp.findings");
            assertTrue(findings.contains("\u65e0\u6cd5\u6267\u884c") && findings.contains("HIS \u707e\u5907\uff08\u4eff\u771f\uff09"),
                    "the endpoint that is down is named: " + findings);
            assertTrue(findings.contains("\u8868\u7a7a\u95f4 HIS_DATA \u5df2\u7528 97%"), findings);

            // a malformed value is refused with what to enter; nothing is saved
            zh.ok("CELL insp.manual\t" + TEMPERATURE + "\t1");
            zh.ok("TYPE insp.cell\t\u4e8c\u5341\u4e5d");
            zh.ok("ENTER insp.cell");
            String refused = waitFor(zh, "LABEL insp.status", s -> s.contains("\u4e0d\u662f\u6570\u5b57"));
            assertTrue(refused.contains("\u201c\u4e8c\u5341\u4e5d\u201d\u4e0d\u662f\u6570\u5b57") && refused.contains("23.5"), refused);
            zh.ok("CELL insp.manual\t" + TEMPERATURE + "\t1");
            zh.ok("TYPE insp.cell\t29");
            zh.ok("ENTER insp.cell");
            String manual = waitFor(zh, "TABLE insp.manual", s -> s.contains("29 \u00b0C"));
            assertTrue(manual.contains("29 \u00b0C\\u001f18 \u2013 27 \u00b0C\\u001f\u4e0d\u7b26\u5408"), manual);
            shot(zh, VIEW_ZH, shots.resolve("inspection-zh-run.png"));
            // the product dies with the run open: what was entered is in the store already
            zh.kill();
        }

        try (ProductUnderTest zh = new ProductUnderTest(installation, data, "-nl", "zh_CN")) {
            zh.ok("OPEN " + VIEW_ZH);
            waitFor(zh, "TABLE insp.history", s -> s.contains("\u672a\u7b7e\u5b57"));
            zh.ok("ROW insp.history\t0");
            String kept = waitFor(zh, "TABLE insp.manual", s -> s.contains("29 \u00b0C"));
            assertTrue(kept.contains("\u4e0d\u7b26\u5408"), "the answer and its verdict survived the kill: " + kept);
            waitFor(zh, "TABLE insp.findings", s -> s.contains("HIS_DATA"));
            zh.ok("TYPE insp.inspector\t\u738b\u4e3d");
            zh.ok("PRESS insp.draft");
            String drafted = waitFor(zh, "TEXT insp.conclusions", s -> s.contains("\u5904\u7406\u5efa\u8bae"));
            assertTrue(drafted.contains("HIS 10g\uff08\u4eff\u771f\uff09"), drafted);
            zh.ok("PRESS insp.signoff");
            // signing cannot be undone: the view asks once more, naming the signer
            waitFor(zh, "DIALOGS", s -> s.contains("\u786e\u8ba4\u7b7e\u5b57"));
            zh.ok("DIALOGOK");
            waitFor(zh, "LABEL insp.status", s -> s.contains("\u5df2\u4e8e"));
            zh.ok("CELL insp.manual\t" + HUMIDITY + "\t1");
            String readOnly = waitFor(zh, "LABEL insp.status", s -> s.contains("\u4e0d\u80fd"));
            assertTrue(readOnly.contains("\u738b\u4e3d") && readOnly.contains("\u7b7e\u5b57\u786e\u8ba4\uff0c\u4e0d\u80fd\u518d\u4fee\u6539"), readOnly);
        }

        try (ProductUnderTest en = new ProductUnderTest(installation, data, "-nl", "en")) {
            en.ok("OPEN " + VIEW_EN);
            waitFor(en, "COMBO insp.list", s -> s.contains("Oracle monthly inspection"));
            String history = waitFor(en, "TABLE insp.history", s -> s.contains("signed by"));
            assertTrue(history.contains("signed by \u738b\u4e3d"), history);
            en.ok("ROW insp.history\t0");
            waitFor(en, "TABLE insp.manual", s -> s.contains("29 \u00b0C"));
            en.ok("CELL insp.manual\t" + HUMIDITY + "\t1");
            String readOnly = waitFor(en, "LABEL insp.status", s -> s.contains("cannot be changed"));
            assertTrue(readOnly.contains("was signed off by \u738b\u4e3d"), readOnly);
            String conclusions = en.ok("TEXT insp.conclusions");
            assertTrue(conclusions.contains("\u5904\u7406\u5efa\u8bae"), "the conclusions were saved at sign-off: " + conclusions);

            en.ok("TYPE insp.inspector\tWang Li");
            en.ok("PRESS insp.start");
            String done = waitFor(en, "LABEL insp.status", s -> s.contains("manual items answered"));
            assertTrue(done.contains(" could not run") && !done.contains(" 0 could not run"), done);
            String findings = en.ok("TABLE insp.findings");
            assertTrue(findings.contains("Could not run") && findings.contains("HIS \u707e\u5907 (emulated)"), findings);
            en.ok("CELL insp.manual\t" + HUMIDITY + "\t1");
            en.ok("TYPE insp.cell\tfifty");
            en.ok("ENTER insp.cell");
            String refused = waitFor(en, "LABEL insp.status", s -> s.contains("not a number"));
            assertTrue(refused.contains("fifty\\\" is not a number") && refused.contains("Nothing was saved"), refused);
            en.ok("CELL insp.manual\t" + HUMIDITY + "\t1");
            en.ok("TYPE insp.cell\t52,5");
            en.ok("ENTER insp.cell");
            String manual = waitFor(en, "TABLE insp.manual", s -> s.contains("52.5 %"));
            assertTrue(manual.contains("52.5 %\\u001f40 \u2013 60 %\\u001fIn order"), manual);
            String runs = waitFor(en, "TABLE insp.history", s -> s.split("\",\"").length == 2);
            assertTrue(runs.contains("open") && runs.contains("signed by"), "open and signed runs: " + runs);
            en.ok("ROW insp.findings\t1");
            shot(en, VIEW_EN, shots.resolve("inspection-en-run.png"));
        }

        // the scheduled run of the same list, on the same data folder once the window is closed
        Path reports = ProductUnderTest.WORK.resolve("inspection-reports");
        ProductUnderTest.deleteTree(reports);
        CliProductTest.Result scheduled = CliProductTest.cli(installation, data, "-nl", "zh_CN", "inspect", "--site",
                "demo", "--list", "inspection.oracle.monthly", "--out", reports.toString());
        assertEquals(4, scheduled.code(), "an endpoint is down: incomplete\n" + scheduled.out() + scheduled.err());
        assertTrue(scheduled.out().contains("\u6700\u9ad8\u7ea7\u522b \u9519\u8bef"), scheduled.out());
        try (var files = java.nio.file.Files.list(reports)) {
            assertEquals(2, files.filter(f -> f.toString().endsWith("-zh.pdf") || f.toString().endsWith("-zh.html"))
                    .count(), "the PDF and the HTML report");
        }
    }

    private static void shot(ProductUnderTest product, String tab, Path file) throws Exception {
        waitFor(product, "TABS", s -> s.contains(tab));
        Thread.sleep(1500);
        product.ok("SHOT " + file);
    }

    private static String waitFor(ProductUnderTest product, String command, Predicate<String> expected)
            throws Exception {
        long deadline = System.nanoTime() + 90_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !expected.test(answer = product.ok(command))) {
            Thread.sleep(300);
        }
        assertTrue(expected.test(answer), command + " never showed what was expected; last: " + answer);
        return answer;
    }
}
