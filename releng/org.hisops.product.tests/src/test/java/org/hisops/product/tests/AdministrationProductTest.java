package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Sites, roles and per-site switches in the real product: the site bar shows the site in use and the role; an
 * operator sees the administration view's switches but cannot change them; an administrator creates a site and
 * switches a capability off for one site only, the navigator follows at once and the state survives a restart;
 * the view in Chinese. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationProductTest {

    private static final Map<String, String> ENGLISH_DESKTOP = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8",
            "LANGUAGE", "en_US");
    private static final Map<String, String> CHINESE_DESKTOP = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8",
            "LANGUAGE", "zh_CN");
    private static final String PASSWORD = "\u7ba1\u7406-Test-2026";
    private static final String CAPABILITY = "test.ward.rounds";
    private static final String LABEL = "Ward rounds checklist";
    private static final String ADMINISTRATION = "Administration";
    /** The probe's cell separator, as its JSON answer spells it. */
    private static final String SEP = "\\u001f";

    private Path installation;
    private Path data;
    private Path shots;
    private ProductUnderTest product;
    private String east;

    @BeforeAll
    void launch() throws Exception {
        installation = ProductUnderTest.install("product-admin");
        shots = ProductUnderTest.WORK.resolve("screenshots");
        data = ProductUnderTest.WORK.resolve("data-admin");
        ProductUnderTest.deleteTree(data);
        product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP);
        Path jar = ProbeBundles.write(ProductUnderTest.WORK.resolve("generated-bundles-admin"),
                ProbeBundles.Spec.capability(CAPABILITY, CAPABILITY, LABEL));
        product.ok("INSTALL " + jar);
        product.ok("WAITNAV " + LABEL + " present 10000");
    }

    @AfterAll
    void quit() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void anOperatorSeesTheSiteAndTheSwitchesButCannotChangeThem() throws Exception {
        assertTrue(product.ok("COMBO sitebar.site").startsWith("[\"Demo Hospital\""), product.ok("COMBO sitebar.site"));
        assertTrue(product.ok("LABEL sitebar.role").contains("Operator"));
        assertEquals("[\"Set administrator password...\"]", product.ok("LABEL sitebar.sign"), "first start");

        product.ok("OPEN " + ADMINISTRATION);
        waitFor(() -> product.ok("TABLE admin.switches").contains(LABEL));
        String table = product.ok("TABLE admin.switches");
        assertTrue(table.contains(LABEL + SEP + "Inspection" + SEP), table);
        assertTrue(table.contains(String.join(SEP, "Database endpoints", "Administration", "HisOps", "Always on")), table);
        assertTrue(product.ok("LABEL admin.role").contains("Operator"));

        assertEquals("DENIED NOT_ADMINISTRATOR", product.ok("SWITCH demo\t" + CAPABILITY + "\toff"));
        assertTrue(product.ok("NAV").contains(LABEL), "nothing changed");
        product.ok("SHOT " + shots.resolve("administration-en-operator.png"));
    }

    @Test
    @Order(2)
    void theFirstPasswordIsSetInItsDialog() throws Exception {
        product.ok("PRESS sitebar.sign");
        waitFor(() -> product.ask("TYPE admin.password\t").equals("OK"));
        product.ok("TYPE admin.password\t" + PASSWORD);
        product.ok("TYPE admin.confirm\t" + PASSWORD + "x");
        product.ok("PRESS admin.ok");
        waitFor(() -> product.ok("LABEL admin.error").contains("The two passwords differ"));
        product.ok("SHOT " + shots.resolve("administration-en-first-password.png"));
        product.ok("TYPE admin.password\tshort");
        product.ok("TYPE admin.confirm\tshort");
        product.ok("PRESS admin.ok");
        waitFor(() -> product.ok("LABEL admin.error").contains("at least 8 characters"));
        product.ok("TYPE admin.password\t" + PASSWORD);
        product.ok("TYPE admin.confirm\t" + PASSWORD);
        product.ok("PRESS admin.ok");
        waitFor(() -> product.ok("LABEL sitebar.role").contains("Administrator"));
        assertEquals("[\"Sign out\"]", product.ok("LABEL sitebar.sign"));
    }

    @Test
    @Order(3)
    void anAdministratorSwitchesACapabilityOffForOneSiteOnly() throws Exception {
        east = product.ok("NEWSITE East campus");
        waitFor(() -> product.ok("COMBO sitebar.site").contains("East campus"));

        product.ok("OPEN " + LABEL);
        waitFor(() -> product.ok("TABS").contains("\"" + LABEL + "\""));
        product.ok("OPEN " + ADMINISTRATION);
        product.ok("SWITCH demo\t" + CAPABILITY + "\toff");
        product.ok("WAITNAV " + LABEL + " absent 10000");
        waitFor(() -> !product.ok("TABS").contains("\"" + LABEL + "\""));
        assertTrue(product.ok("STATUS").contains("switched it off for this site"), product.ok("STATUS"));
        waitFor(() -> row(LABEL).endsWith("\u2014 Off" + SEP + "\u2714 On"));

        product.ok("USESITE " + east);
        product.ok("WAITNAV " + LABEL + " present 10000");
        assertTrue(product.ok("COMBO sitebar.site").startsWith("[\"East campus\""));
        product.ok("USESITE demo");
        product.ok("WAITNAV " + LABEL + " absent 10000");
        product.ok("SHOT " + shots.resolve("administration-en-admin.png"));
    }

    @Test
    @Order(4)
    void theSwitchesAndSitesSurviveARestartAndTheRoleDoesNot() throws Exception {
        product.close();
        product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP);
        assertTrue(product.ok("LABEL sitebar.role").contains("Operator"), "a restart starts as operator");
        assertEquals("[\"Sign in as administrator...\"]", product.ok("LABEL sitebar.sign"));
        assertTrue(product.ok("COMBO sitebar.site").startsWith("[\"Demo Hospital\",\"Demo Hospital\",\"East campus\"]"),
                product.ok("COMBO sitebar.site"));
        // The bundle installed while the product ran is still there (simpleconfigurator is not exclusive), and its
        // capability is still off for the demo site only.
        product.ok("USESITE " + east);
        product.ok("WAITNAV " + LABEL + " present 10000");
        product.ok("USESITE demo");
        product.ok("WAITNAV " + LABEL + " absent 10000");
        assertFalse(product.ok("NAV").contains(LABEL), "still off for the demo site");
        product.ok("USESITE " + east);
        product.ok("WAITNAV " + LABEL + " present 10000");
        product.ok("USESITE demo");

        // Signing in again, through the dialog: a wrong password says how many attempts are left.
        product.ok("PRESS sitebar.sign");
        waitFor(() -> product.ask("TYPE admin.password\twrong-password").equals("OK"));
        product.ok("PRESS admin.ok");
        waitFor(() -> product.ok("LABEL admin.error").contains("Wrong password. 4 attempts are left"));
        product.ok("SHOT " + shots.resolve("administration-en-wrong-password.png"));
        product.ok("TYPE admin.password\t" + PASSWORD);
        product.ok("PRESS admin.ok");
        waitFor(() -> product.ok("LABEL sitebar.role").contains("Administrator"));
        product.ok("PRESS sitebar.sign");
        waitFor(() -> product.ok("LABEL sitebar.role").contains("Operator"));
    }

    @Test
    @Order(5)
    void theAdministrationViewInChinese() throws Exception {
        product.close();
        product = new ProductUnderTest(installation, data, CHINESE_DESKTOP);
        product.ok("OPEN \u7cfb\u7edf\u7ba1\u7406");
        waitFor(() -> product.ok("TABLE admin.switches").contains(LABEL));
        String table = product.ok("TABLE admin.switches");
        assertTrue(table.contains("\u2014 \u505c\u7528") && table.contains("\u2714 \u542f\u7528")
                && table.contains("\u59cb\u7ec8\u542f\u7528"), table);
        assertTrue(product.ok("LABEL sitebar.role").contains("\u64cd\u4f5c\u5458"));
        product.ok("SHOT " + shots.resolve("administration-zh-operator.png"));
        assertEquals("[]", product.ok("LOGERRORS"), "no error logged");
    }

    private String row(String label) throws Exception {
        String table = product.ok("TABLE admin.switches");
        for (String row : table.substring(1, table.length() - 1).split("\",\"")) {
            String clean = row.replace("\"", "");
            if (clean.startsWith(label + SEP)) {
                return clean;
            }
        }
        return "";
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the product did not reach the expected state within 10 s");
            }
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
