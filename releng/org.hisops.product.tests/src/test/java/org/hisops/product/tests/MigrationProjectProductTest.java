package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * "Data migration" on the demo site's real PostgreSQL: the test seeds a target schema {@code mig_target} that holds
 * copies of three demo tables with one changed and one deleted row (as a DBA would with psql); in the view a project
 * is created from {@code public} to {@code mig_target}, the source's tables are read and the mapping preview of a
 * table shown, a verification runs, and the differing table is drilled into: both sides' values and the repair
 * script, saved as a .sql file. In English, then in Chinese on the same project, with screenshots.
 */
class MigrationProjectProductTest {

    private static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN", ProductUnderTest.DEMO, "on");
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US", ProductUnderTest.DEMO, "on");
    private static final String PRIMARY = "demo-his-pg-primary";
    /** The demo primary's name as the demo bundle registers it (English; the Chinese run reuses the project). */
    private static final String PRIMARY_NAME = "HIS primary (PostgreSQL)";

    @Test
    void aProjectIsVerifiedAndItsDifferencesDrilledIntoInBothLanguages() throws Exception {
        Path installation = ProductUnderTest.install("product-migration");
        Path data = ProductUnderTest.WORK.resolve("data-migration");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        try (ProductUnderTest en = new ProductUnderTest(installation, data, ENGLISH)) {
            waitForProbe(en);
            en.ok("OPEN Data migration");
            String combo = waitFor(en, "COMBO mig.source", "127.0.0.1:");
            seedTarget(port(combo));
            en.ok("PRESS mig.new");
            waitFor(en, "TEXT mig.name", "New project");
            en.ok("TYPE mig.name\tHIS demo -> mig_target");
            assertTrue(en.ok("CHOOSE mig.source\t" + PRIMARY_NAME).contains(PRIMARY_NAME));
            en.ok("TYPE mig.source.schema\tpublic");
            assertTrue(en.ok("CHOOSE mig.target\t" + PRIMARY_NAME).contains(PRIMARY_NAME));
            en.ok("TYPE mig.target.schema\tmig_target");
            en.ok("TYPE mig.include\tdepartment, doctor, drug_dict");
            en.ok("PRESS mig.save");
            waitFor(en, "LABEL mig.status", "saved");
            tablesAndMapping(en, "3 of ");
            Thread.sleep(800);
            en.ok("SHOT " + shots.resolve("product-en-migration-tables.png"));
            verifyAndDrillDown(en, "Different", "Changed", "UPDATE");
            assertTrue(en.ok("TABLE mig.diffs").contains("(changed)"), "the target's changed value is shown");
            Path sql = ProductUnderTest.WORK.resolve("repair-en.sql");
            en.ok("SAVETO mig.repair.save\t" + sql);
            waitFor(en, "LABEL mig.status", "Written");
            assertTrue(Files.readString(sql, StandardCharsets.UTF_8).contains("UPDATE"), "the saved repair script");
            Thread.sleep(800);
            en.ok("SHOT " + shots.resolve("product-en-migration-results.png"));
            repair(en);
            copyAndRefuseTheSecondCopy(en, port(combo), shots.resolve("product-en-migration-copy.png"));
        }
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, CHINESE)) {
            waitForProbe(zh);
            zh.ok("OPEN \u6570\u636e\u8fc1\u79fb");
            String project = waitFor(zh, "TEXT mig.name", "mig_target");
            assertTrue(project.contains("HIS demo -> mig_target"), "the saved project is shown: " + project);
            tablesAndMapping(zh, "\u5df2\u9009 3 / ");
            zh.ok("SHOT " + shots.resolve("product-zh-migration-tables.png"));
            // the English session repaired the target: the same kind of differences are made again
            seedDifferences(port(waitFor(zh, "COMBO mig.source", "127.0.0.1:")));
            verifyAndDrillDown(zh, "\u4e0d\u4e00\u81f4", "\u503c\u4e0d\u540c", "UPDATE");
            String history = waitFor(zh, "TABLE mig.history", "\u6821\u9a8c");
            assertTrue(history.split("\u6821\u9a8c", -1).length > 2, "two verifications in the history: " + history);
            Thread.sleep(800);
            zh.ok("SHOT " + shots.resolve("product-zh-migration-results.png"));
        }
    }

    /**
     * An administrator applies the run's repair scripts: the plan (both tables), the typed database name, the
     * outcome and the verification made afterwards (equal).
     */
    private static void repair(ProductUnderTest en) throws Exception {
        en.ok("ADMIN migui-Admin-1");
        en.ok("PRESS mig.repair.apply");
        String dialogs = waitFor(en, "DIALOGS", "Apply repair");
        assertTrue(dialogs.contains("Apply repair"), "the repair plan is shown: " + dialogs);
        Thread.sleep(500);
        en.ok("TYPE mig.repair.typed\this");
        en.ok("PRESS mig.repair.ok");
        String outcome = waitFor(en, "LABEL mig.status", "Verified again");
        assertTrue(outcome.contains("Repair applied") && outcome.contains("Verified again afterwards: Equal"),
                outcome);
    }

    /**
     * An administrator copies two demo tables into schema his_copy through a second endpoint on the same server
     * (an endpoint's connection limit is its own): the preflight, the typed database name, progress to the end and
     * the verification made by the copy; a second copy into the same schema is refused with the tables named.
     */
    private static void copyAndRefuseTheSecondCopy(ProductUnderTest en, int port, Path shot) throws Exception {
        en.ok("ENDPOINT mig-pg-target\t127.0.0.1\t" + port + "\this\thisops\thisops-demo");
        waitFor(en, "COMBO mig.target", "mig-pg-target");
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/his", "hisops",
                "hisops-demo"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS his_copy CASCADE");
        }
        en.ok("PRESS mig.new");
        waitFor(en, "TEXT mig.name", "New project");
        en.ok("TYPE mig.name\tHIS demo copy");
        en.ok("CHOOSE mig.source\t" + PRIMARY_NAME);
        en.ok("TYPE mig.source.schema\tpublic");
        en.ok("CHOOSE mig.target\tmig-pg-target");
        en.ok("TYPE mig.target.schema\this_copy");
        en.ok("TYPE mig.include\tdepartment, doctor");
        en.ok("PRESS mig.copy");
        String dialogs = waitFor(en, "DIALOGS", "Copy the data");
        assertTrue(dialogs.contains("Copy the data"), "the preflight is shown: " + dialogs);
        Thread.sleep(500);
        en.ok("TYPE mig.copy.typed\this");
        en.ok("PRESS mig.copy.ok");
        String done = waitFor(en, "LABEL mig.run.status", "Copy finished");
        assertTrue(done.contains("Copy finished") && done.contains("Verification at the end: equal"), done);
        String progress = en.ok("TABLE mig.progress");
        assertTrue(progress.contains("department") && progress.contains("Done") && progress.contains("160 / 160"),
                progress);
        assertTrue(waitFor(en, "TABLE mig.history", "Copy").contains("Copy"), "the copy is in the history");
        Thread.sleep(800);
        en.ok("SHOT " + shot);
        en.ok("PRESS mig.copy");
        String refused = waitFor(en, "LABEL mig.run.status", "already holds");
        assertTrue(refused.contains("his_copy") && refused.contains("department"), refused);
        en.ok("CLOSEDIALOGS");
    }

    private static void tablesAndMapping(ProductUnderTest product, String count) throws Exception {
        product.ok("PRESS mig.read");
        String counted = waitFor(product, "LABEL mig.count", count);
        assertTrue(counted.contains(count), counted);
        String tables = product.ok("TABLE mig.tables");
        assertTrue(tables.contains("department") && tables.contains("lis_test_result"), tables);
        product.ok("TYPE mig.filter\tdep");
        String filtered = product.ok("TABLE mig.tables");
        assertTrue(filtered.contains("department") && !filtered.contains("doctor"), "filtered: " + filtered);
        product.ok("TYPE mig.filter\t");
        String all = product.ok("TABLE mig.tables");
        product.ok("ROW mig.tables\t" + rowOf(all, "department"));
        String columns = waitFor(product, "TABLE mig.columns", "dept_code");
        assertTrue(columns.contains("dept_code") && columns.contains("character varying(10)"), columns);
        assertTrue(product.ok("TEXT mig.create").contains("CREATE TABLE"), "the CREATE statement is previewed");
        assertTrue(product.ok("LABEL mig.count").contains(count), "the filter hides rows, the selection stays");
    }

    private static void verifyAndDrillDown(ProductUnderTest product, String different, String kind, String statement)
            throws Exception {
        product.ok("PRESS mig.verify");
        String results = waitFor(product, "TABLE mig.results", different);
        assertTrue(results.contains("department") && results.contains(different), results);
        String diffs = waitFor(product, "TABLE mig.diffs", kind);
        assertTrue(diffs.contains(kind), "the differing rows with both sides: " + diffs);
        String script = product.ok("TEXT mig.repair");
        assertTrue(script.contains(statement) && script.contains("mig_target"), script);
        assertTrue(product.ok("TABLE mig.progress").contains("doctor"), "progress per table");
    }

    /** The index of the row whose first cell is {@code name} in a TABLE answer (rows as JSON strings). */
    private static int rowOf(String table, String name) {
        String[] rows = table.split("\",\"");
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].replace("[\"", "").startsWith(name + "\\u001f")) {
                return i;
            }
        }
        throw new AssertionError(name + " is not listed: " + table);
    }

    private static int port(String combo) {
        Matcher m = Pattern.compile("HIS primary \\(PostgreSQL\\)[^\"]*127\\.0\\.0\\.1:(\\d+)").matcher(combo);
        assertTrue(m.find(), "the demo primary's address is listed: " + combo);
        return Integer.parseInt(m.group(1));
    }

    /** Copies three demo tables into mig_target, then changes one row and deletes another there. */
    private static void seedTarget(int port) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/his", "hisops",
                "hisops-demo"); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS mig_target CASCADE");
            s.execute("CREATE SCHEMA mig_target");
            for (String table : new String[] { "department", "doctor", "drug_dict" }) {
                s.execute("CREATE TABLE mig_target." + table + " (LIKE public." + table + " INCLUDING ALL)");
                s.execute("INSERT INTO mig_target." + table + " SELECT * FROM public." + table);
            }
        }
        seedDifferences(port);
    }

    /** One department renamed and one doctor deleted in mig_target. */
    private static void seedDifferences(int port) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/his", "hisops",
                "hisops-demo"); Statement s = c.createStatement()) {
            s.execute("UPDATE mig_target.department SET dept_name = dept_name || '(changed)' WHERE dept_no = 3");
            s.execute("DELETE FROM mig_target.doctor WHERE doctor_id = (SELECT min(doctor_id) FROM mig_target.doctor)");
        }
    }

    /** Waits until the demo site has built its PostgreSQL primary and registered it (asked, not required). */
    private static void waitForProbe(ProductUnderTest product) throws Exception {
        long deadline = System.nanoTime() + 300_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !(answer = product.ask("PROBE " + PRIMARY)).startsWith("OK POSTGRESQL")) {
            Thread.sleep(1000);
        }
        assertTrue(answer.startsWith("OK POSTGRESQL"), "the demo primary is up: " + answer);
    }

    private static String waitFor(ProductUnderTest product, String command, String expected) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        String answer = "";
        while (System.nanoTime() < deadline && !(answer = product.ok(command)).contains(expected)) {
            Thread.sleep(300);
        }
        return answer;
    }
}
