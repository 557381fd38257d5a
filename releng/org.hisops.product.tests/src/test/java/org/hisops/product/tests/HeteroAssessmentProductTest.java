package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * "Heterogeneous assessment" in the product on the demo site: the view starts on the emulated Oracle 10.2 HIS
 * endpoint (scenario hetero-10g), an assessment runs in the background and the totals per kind, the objects of the
 * kind with the most manual work and the rules that fired on the first of them appear, in Chinese and in English.
 * Then, with the window closed, the built product's {@code hisops-cli assess} writes the combined report of the same
 * endpoint as PDF and JSON, with the exit code of its highest severity.
 */
class HeteroAssessmentProductTest {

    private static final Map<String, String> CHINESE_DEMO = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");
    private static final Map<String, String> ENGLISH_DEMO = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US", ProductUnderTest.DEMO, "on");

    @Test
    void theEmulated10gSourceIsAssessedInBothLanguagesAndByTheCommandLine() throws Exception {
        Path installation = ProductUnderTest.install("product-hetero");
        Path data = ProductUnderTest.WORK.resolve("data-hetero");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE_DEMO)) {
            UpgradeReadinessProductTest.waitForProbe(zh);
            zh.ok("OPEN \u5f02\u6784\u8fc1\u79fb\u8bc4\u4f30");
            String combo = UpgradeReadinessProductTest.waitFor(zh, "COMBO hetero.endpoint", "10g");
            assertTrue(combo.startsWith("[\"HIS") && combo.contains("10g"), "starts on the 10.2 endpoint: " + combo);
            assertTrue(combo.contains("PostgreSQL") && combo.contains("\u65e0\u6cd5\u8bc4\u4f30"),
                    "PostgreSQL endpoints are listed with the reason: " + combo);
            String kinds = run(zh, "\u5408\u8ba1");
            assertTrue(kinds.contains("\"\u5305\\u001f1\\u001f"), "the package counted: " + kinds);
            String details = UpgradeReadinessProductTest.waitFor(zh, "TEXT hetero.details", "\u7b2c ");
            assertTrue(details.contains("\u7b2c ") && details.contains("\u00b7"), "rules with lines: " + details);
            UpgradeReadinessProductTest.shot(zh, "\u5f02\u6784\u8fc1\u79fb\u8bc4\u4f30",
                    shots.resolve("product-zh-hetero-assessment.png"));
        }
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH_DEMO)) {
            UpgradeReadinessProductTest.waitForProbe(en);
            en.ok("OPEN Heterogeneous assessment");
            UpgradeReadinessProductTest.waitFor(en, "COMBO hetero.endpoint", "10g");
            en.ok("TYPE hetero.schemas\this");
            String kinds = run(en, "Total");
            assertTrue(kinds.contains("\"Packages\\u001f1\\u001f") && kinds.contains("\"Tables\\u001f4\\u001f"), kinds);
            String details = UpgradeReadinessProductTest.waitFor(en, "TEXT hetero.details", "Line ");
            assertTrue(details.contains("Line ") && details.contains("units"), details);
            String status = en.ok("LABEL hetero.status");
            assertTrue(status.contains("emulated") && status.contains("person-days"), status);
            // the schema typed in lower case is read as Oracle keeps it: HIS holds all 18 objects of the scenario
            assertTrue(status.contains("18 objects"), status);
            UpgradeReadinessProductTest.shot(en, "Heterogeneous assessment",
                    shots.resolve("product-en-hetero-assessment.png"));
        }

        Path reports = ProductUnderTest.WORK.resolve("reports-hetero");
        ProductUnderTest.deleteTree(reports);
        Result pdf = cli(installation, data, "-nl", "zh_CN", "assess", "--site", "demo", "--endpoint",
                "demo-his-10g", "--hetero", "postgresql", "--format", "pdf", "--out", reports.toString());
        assertEquals(3, pdf.code(), "ERROR findings on the problem database: " + pdf.err() + pdf.out());
        assertTrue(pdf.out().contains("\u4eff\u771f"), "the stand-in is named: " + pdf.out());
        Path file = Path.of(pdf.out().strip().lines().reduce((a, b) -> b).orElseThrow());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
        assertTrue(bytes.length > 20_000, "a report with its font: " + bytes.length);

        Result json = cli(installation, data, "-nl", "en", "assess", "--site", "demo", "--endpoint", "demo-his-10g",
                "--hetero", "kingbase", "--compare-with", "previous", "--out", reports.toString());
        assertEquals(3, json.code(), json.err());
        assertTrue(json.out().contains("0 new, 0 fixed"), "the same database, the same findings: " + json.out());
        try (Stream<Path> files = Files.list(reports)) {
            Path report = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
            String text = Files.readString(report, StandardCharsets.UTF_8);
            assertTrue(text.contains("\"schema\":\"hisops.assessment.combined/1\"")
                    && text.contains("\"flavour\":\"KINGBASE\"") && text.contains("\"emulated\":true")
                    && text.contains("\"id\":\"data\""), text);
        }
    }

    record Result(int code, String out, String err) {
    }

    /** The product's own launcher, without a display, as a scheduled task runs it. */
    private static Result cli(Path installation, Path data, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(installation.resolve("hisops-cli").toString(), "-data",
                data.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(ProductUnderTest.WORK, "cli", ".out");
        Path err = Files.createTempFile(ProductUnderTest.WORK, "cli", ".err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("DISPLAY");
        // The demo's endpoints are saved in the data folder; the embedded servers are not needed for Oracle.
        builder.environment().put("HISOPS_VMARGS", "-Dhisops.demo=off");
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("hisops-cli " + String.join(" ", args) + " did not end within 300 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Presses Assess and waits for the totals table to have its total line; answers it. */
    private static String run(ProductUnderTest product, String totalLine) throws Exception {
        product.ok("PRESS hetero.run");
        long deadline = System.nanoTime() + 180_000_000_000L;
        String table = "";
        while (System.nanoTime() < deadline) {
            table = product.ok("TABLE hetero.kinds");
            if (table.contains(totalLine)) {
                return table;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no totals after the run: " + table + " / " + product.ok("LABEL hetero.status"));
    }
}
