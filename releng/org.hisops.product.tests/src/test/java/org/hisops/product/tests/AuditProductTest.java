package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The audit log in the product: administrative actions done through the platform's services appear in the audit
 * view, in Chinese and in English, live while it is open; an entry edited in the database file (the product stopped,
 * the file opened with plain JDBC) is named in a red banner at the next start; a damaged database file lets the
 * product start and says so. Screenshots go to target/screenshots.
 */
class AuditProductTest {

    private static final String PASSWORD = "Audit-Test-Pa55";
    private static final String AUDIT_EN = "Audit log";
    private static final String AUDIT_ZH = "\u5ba1\u8ba1\u65e5\u5fd7";
    private static final String EAST = "\u4e1c\u9662\u533a";

    @Test
    void administrativeActionsAreShownInBothLanguagesAndAnEditedEntryIsNamed() throws Exception {
        Path installation = ProductUnderTest.install("product-audit");
        Path data = ProductUnderTest.WORK.resolve("data-audit");
        ProductUnderTest.deleteTree(data);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");

        try (ProductUnderTest zh = new ProductUnderTest(installation, data, "-nl", "zh_CN")) {
            assertEquals("ADMINISTRATOR", zh.ok("ADMIN " + PASSWORD), "the first start sets the password");
            String site = zh.ok("NEWSITE " + EAST);
            zh.ok("SWITCH " + site + "\torg.hisops.demo.site\toff");
            assertTrue(zh.ask("SWITCH demo\torg.hisops.platform.audit\toff").startsWith("ERR"),
                    "the audit log cannot be switched off");
            zh.ok("OPERATOR");
            assertEquals("DENIED NOT_ADMINISTRATOR", zh.ok("SWITCH " + site + "\torg.hisops.demo.site\ton"));
            zh.ok("AUDIT demo\tcom.example.lis.export\tLIS \u6708\u62a5\tSUCCESS\t\u5bfc\u51fa 3 \u4e2a\u8868");
            zh.ok("OPEN " + AUDIT_ZH);
            String table = waitForTable(zh, t -> t.contains("com.example.lis.export"));
            for (String expected : List.of("\u8bbe\u7f6e\u7ba1\u7406\u5458\u5bc6\u7801", // password set
                    "\u521b\u5efa\u7ad9\u70b9", // site created
                    "\u5207\u6362\u529f\u80fd\u5f00\u5173", // capability switched
                    // the operator's refused switch: one entry, its detail "needs the administrator role"
                    "\u9700\u8981\u7ba1\u7406\u5458\u89d2\u8272",
                    "\u9000\u51fa\u7ba1\u7406\u5458", // signed out
                    "\u5df2\u62d2\u7edd", // refused
                    "\u6f14\u793a\u533b\u9662", // the demo site's name
                    EAST, "\u7ba1\u7406\u5458", "\u64cd\u4f5c\u5458",
                    "\u4e0d\u80fd\u505c\u7528")) { // the refusal code NOT_SWITCHABLE, in Chinese
                assertTrue(table.contains(expected), expected + " in " + table);
            }
            assertTrue(zh.ok("LABEL audit.summary").contains("\u54c8\u5e0c\u94fe\u5b8c\u597d"), zh.ok("LABEL audit.summary"));
            zh.ok("SHOT " + shots.resolve("product-zh-audit.png"));
        }

        try (ProductUnderTest en = new ProductUnderTest(installation, data, "-nl", "en")) {
            en.ok("OPEN " + AUDIT_EN);
            String table = waitForTable(en, t -> t.contains("Administrator password set"));
            for (String expected : List.of("Site created", "Capability switched", "Signed out", "Refused", "Demo Hospital", "com.example.lis.export", "Cannot be switched off",
                    "Needs the administrator role")) {
                assertTrue(table.contains(expected), expected + " in " + table);
            }
            // Live: an entry appended while the view is open shows at once, on top.
            en.ok("AUDIT demo\tcom.example.lis.report\tmonthly report\tFAILED\tprinter offline");
            waitForTable(en, t -> firstRow(t).contains("printer offline"));
            assertTrue(en.ok("LABEL audit.summary").contains("chain intact"));
            assertEquals("[\"\"]", en.ok("LABEL audit.banner"));
            en.ok("SHOT " + shots.resolve("product-en-audit.png"));
            assertEquals("[]", en.ok("LOGERRORS"), "no error with the audit log in use");
        }

        // Someone with access to the data folder edits an entry while HisOps is not running.
        long edited;
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.resolve(".hisops/store/hisops")
                + ";IFEXISTS=TRUE", "hisops", "")) {
            try (PreparedStatement q = c.prepareStatement("SELECT MIN(SEQ) FROM AUDIT.ENTRY WHERE ACTION_NAME = "
                    + "'capability.switch' AND OUTCOME = 'SUCCESS'"); ResultSet r = q.executeQuery()) {
                r.next();
                edited = r.getLong(1);
            }
            try (PreparedStatement u = c.prepareStatement("UPDATE AUDIT.ENTRY SET OUTCOME = 'REFUSED' WHERE SEQ = ?")) {
                u.setLong(1, edited);
                assertEquals(1, u.executeUpdate());
            }
        }
        assertTrue(edited > 0);

        try (ProductUnderTest en = new ProductUnderTest(installation, data, "-nl", "en")) {
            en.ok("OPEN " + AUDIT_EN);
            String banner = waitForLabel(en, "audit.banner", b -> b.contains("Edited or replaced entries"));
            assertTrue(banner.contains("changed outside HisOps") && banner.contains("entries: " + edited + "."), banner);
            assertTrue(waitForTable(en, t -> t.contains("EDITED")).contains("Audit log check failed"),
                    "the log recorded what it found");
            en.ok("SHOT " + shots.resolve("product-en-audit-tampered.png"));
        }
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, "-nl", "zh_CN")) {
            zh.ok("OPEN " + AUDIT_ZH);
            String banner = waitForLabel(zh, "audit.banner", b -> b.contains("\u88ab\u4fee\u6539\u6216\u66ff\u6362\u7684\u6761\u76ee"));
            assertTrue(banner.contains("\uff1a" + edited + "\u3002"), banner);
            zh.ok("SHOT " + shots.resolve("product-zh-audit-tampered.png"));
        }
    }

    @Test
    void aDamagedDatabaseFileLetsTheProductStartSaysSoAndIsLeftUntouched() throws Exception {
        Path installation = ProductUnderTest.install("product-audit-damaged");
        Path data = ProductUnderTest.WORK.resolve("data-audit-damaged");
        ProductUnderTest.deleteTree(data);
        Path file = data.resolve(".hisops/store/hisops.mv.db");
        Files.createDirectories(file.getParent());
        byte[] damaged = new byte[48 * 1024];
        new Random(11).nextBytes(damaged);
        Files.write(file, damaged);
        try (ProductUnderTest en = new ProductUnderTest(installation, data, "-nl", "en")) {
            assertTrue(en.ok("NAV").contains("\"" + AUDIT_EN + "\""));
            en.ok("ADMIN " + PASSWORD); // audited: kept in memory
            en.ok("OPEN " + AUDIT_EN);
            String banner = waitForLabel(en, "audit.banner", b -> b.contains("is not available"));
            assertTrue(banner.contains("damaged") && banner.contains("kept in memory"), banner);
            assertTrue(waitForTable(en, t -> t.contains("Administrator password set")).contains("waiting for the database"));
            en.ok("SHOT " + ProductUnderTest.WORK.resolve("screenshots").resolve("product-en-audit-damaged.png"));
        }
        assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file is left as it was");
        assertTrue(Files.isRegularFile(data.resolve(".hisops/audit-pending.properties")),
                "what could not be written is kept for the next start");
    }

    /** The first row of the probe's TABLE answer (a JSON list of rows). */
    private static String firstRow(String table) {
        int end = table.indexOf("\",\"");
        return end < 0 ? table : table.substring(0, end);
    }

    private static String waitForTable(ProductUnderTest product, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String table = "";
        while (System.nanoTime() < deadline) {
            table = product.ok("TABLE audit");
            if (condition.test(table)) {
                return table;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the audit table did not show what was expected: " + table);
    }

    private static String waitForLabel(ProductUnderTest product, String key, Predicate<String> condition) throws Exception {
        long deadline = System.nanoTime() + 20_000_000_000L;
        String label = "";
        while (System.nanoTime() < deadline) {
            label = product.ok("LABEL " + key);
            if (condition.test(label)) {
                return label;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the label " + key + " did not show what was expected: " + label);
    }
}
