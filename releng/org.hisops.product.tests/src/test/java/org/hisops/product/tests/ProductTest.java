package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The real product, launched under the display: its window and navigator, capability bundles installed,
 * started, stopped, updated and uninstalled while it runs, a failing capability and a failing view, the layout
 * kept between runs, and the Chinese user interface. Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProductTest {

    private static final String INSTALLED_EN = "Installed components";
    private static final String INSTALLED_ZH = "\u5df2\u5b89\u88c5\u7ec4\u4ef6";

    /** A desktop session in English: no -nl, the language comes from the locale as on a user's machine. */
    private static final java.util.Map<String, String> ENGLISH_DESKTOP = java.util.Map.of("LANG", "en_US.UTF-8",
            "LC_ALL", "en_US.UTF-8", "LANGUAGE", "en_US");
    private static final java.util.Map<String, String> CHINESE_DESKTOP = java.util.Map.of("LANG", "zh_CN.UTF-8",
            "LC_ALL", "zh_CN.UTF-8", "LANGUAGE", "zh_CN");

    private Path installation;
    private Path bundles;
    private Path shots;
    private Path data;
    private ProductUnderTest product;

    @BeforeAll
    void launch() throws Exception {
        installation = ProductUnderTest.install("product-under-test");
        bundles = ProductUnderTest.WORK.resolve("generated-bundles");
        shots = ProductUnderTest.WORK.resolve("screenshots");
        data = ProductUnderTest.WORK.resolve("data-en");
        ProductUnderTest.deleteTree(data);
        product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP);
    }

    @AfterAll
    void quit() throws Exception {
        if (product != null) {
            product.close();
        }
    }

    @Test
    @Order(1)
    void theWindowOpensInEnglishWithTheNavigatorOnTheDemoSite() throws Exception {
        String shell = product.ok("SHELL");
        assertTrue(shell.contains("HisOps - HIS Database Operations Platform"), shell);
        String nav = product.ok("NAV");
        assertTrue(nav.contains("{\"group\":\"Administration\",\"items\":[") && nav.contains("\"" + INSTALLED_EN + "\"")
                && nav.contains("\"Database endpoints\""), nav);
        assertTrue(product.ok("TABS").contains("\"Home\""));
        assertTrue(product.ok("STATUS").contains("Ready"));
        product.ok("SHOT " + shots.resolve("product-en-home.png"));
        assertEquals("[]", product.ok("LOGERRORS"), "a clean start logs no error");
    }

    @Test
    @Order(2)
    void aCapabilityBundleAppearsOpensAndGoesWithItsBundle() throws Exception {
        product.ok("LOGMARK");
        String label = "Archive log growth";
        Path v1 = ProbeBundles.write(bundles, ProbeBundles.Spec.capability("test.archive.growth", "test.archive.growth", label));
        String id = product.ok("INSTALL " + v1);
        product.ok("WAITNAV " + label + " present 10000");
        assertTrue(ProductUnderTest.inGroup(product.ok("NAV"), "Inspection", label), product.ok("NAV"));

        product.ok("OPEN " + label);
        waitFor(() -> product.ok("TABS").contains("\"" + label + "\"") && product.ok("SHOWING").contains("\"view\""));
        product.ok("SHOT " + shots.resolve("product-en-capability.png"));

        Path v2 = ProbeBundles.write(bundles.resolve("v2"),
                ProbeBundles.Spec.capability("test.archive.growth", "test.archive.growth", label + " 2").version("2.0.0"));
        product.ok("UPDATE " + id + " " + v2);
        product.ok("WAITNAV " + label + " 2 present 10000");

        product.ok("STOP " + id);
        product.ok("WAITNAV " + label + " 2 absent 10000");
        waitFor(() -> !product.ok("TABS").contains(label));
        assertTrue(product.ok("STATUS").contains("was closed"), "the user is told why the part closed: " + product.ok("STATUS"));

        product.ok("START " + id);
        product.ok("WAITNAV " + label + " 2 present 10000");
        product.ok("UNINSTALL " + id);
        product.ok("WAITNAV " + label + " 2 absent 10000");
        assertEquals("[]", product.ok("LOGERRORS"), "install, update, stop, start and uninstall log no error");
    }

    @Test
    @Order(3)
    void aViewThatThrowsShowsItsErrorInItsOwnPartAndTheRestWorks() throws Exception {
        String label = "Broken vendor view";
        Path jar = ProbeBundles.write(bundles,
                ProbeBundles.Spec.capability("test.broken.view", "test.broken.view", label).failingView());
        String id = product.ok("INSTALL " + jar);
        product.ok("WAITNAV " + label + " present 10000");
        product.ok("OPEN " + label);
        waitFor(() -> product.ok("SHOWING").contains("\"error\""));
        product.ok("SHOT " + shots.resolve("product-en-view-error.png"));

        product.ok("OPEN " + INSTALLED_EN);
        waitFor(() -> product.ok("SHOWING").contains("\"view\""));
        product.ok("UNINSTALL " + id);
        product.ok("WAITNAV " + label + " absent 10000");
    }

    @Test
    @Order(4)
    void aCapabilityWhoseActivationThrowsIsMarkedAndExplained() throws Exception {
        String id = product.ok("INSTALL " + ProbeBundles.write(bundles,
                ProbeBundles.Spec.capability("test.failing.activation", "test.failing.activation", "Failing").failingActivation()));
        product.ok("WAITNAV test.failing.activation (failed to start) present 10000");
        product.ok("OPEN test.failing.activation (failed to start)");
        waitFor(() -> product.ok("SHOWING").contains("\"error\""));
        product.ok("SHOT " + shots.resolve("product-en-capability-error.png"));
        product.ok("UNINSTALL " + id);
        product.ok("WAITNAV test.failing.activation (failed to start) absent 10000");
    }

    @Test
    @Order(5)
    void endpointsAreTestedAndTheirPasswordIsInNoFileTheProductWrites() throws Exception {
        String password = "HisOps-Sentinel-\u5bc6\u7801-2026";
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        product.ok("ENDPOINT lis-refused\t127.0.0.1\t" + closedPort + "\this\thisops\t" + password);
        product.ok("ENDPOINT emr-unknown-host\tno-such-host.invalid\t5432\this\thisops\t" + password);
        assertEquals("PROBLEM CONNECTION_REFUSED null", product.ok("PROBE lis-refused"));
        assertEquals("PROBLEM UNKNOWN_HOST null", product.ok("PROBE emr-unknown-host"));
        product.ok("OPEN Database endpoints");
        // Opening the view tests every endpoint; each row then says what is wrong in the user's words.
        waitFor(() -> {
            String table = product.ok("TABLE endpoints");
            return table.contains("refuses the connection") && table.contains("cannot be resolved");
        });
        product.ok("SHOT " + shots.resolve("product-en-endpoints.png"));
        product.close();
        product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP);
        assertEquals("PROBLEM CONNECTION_REFUSED null", product.ok("PROBE lis-refused"),
                "the endpoint and its password are kept between runs");
        // What the product writes: its installation (configuration area), its data folder, and its console logs.
        List<Path> roots = new java.util.ArrayList<>(List.of(installation, data));
        try (var logs = Files.list(data.getParent())) {
            logs.filter(f -> f.getFileName().toString().matches("data-en.*\\.log")).forEach(roots::add);
        }
        List<byte[]> forms = List.of(password.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                password.getBytes(java.nio.charset.StandardCharsets.UTF_16LE),
                password.getBytes(java.nio.charset.StandardCharsets.UTF_16BE),
                "HisOps-Sentinel-\\u5bc6\\u7801".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                "HisOps-Sentinel".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int files = 0;
        for (Path root : roots) {
            try (var walk = Files.walk(root)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    if (file.toString().contains("generated-bundles") || file.toString().contains("screenshots")) {
                        continue;
                    }
                    files++;
                    byte[] content = Files.readAllBytes(file);
                    for (byte[] form : forms) {
                        assertFalse(indexOf(content, form) >= 0, file + " holds the endpoint password");
                    }
                }
            }
        }
        assertTrue(files > 50, "the search saw the product's files (" + files + ")");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    @Order(6)
    void theLayoutIsKeptBetweenRuns() throws Exception {
        product.ok("OPEN " + INSTALLED_EN);
        waitFor(() -> product.ok("TABS").contains(INSTALLED_EN));
        product.close();
        product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP);
        assertTrue(product.ok("TABS").contains("\"" + INSTALLED_EN + "\""), "the part open at exit is open again");
        assertEquals("[]", product.ok("LOGERRORS"), "a restart with a restored layout logs no error");
    }

    @Test
    @Order(7)
    void withNlZhCnTheProductSpeaksChinese() throws Exception {
        product.close();
        product = null;
        Path zhData = ProductUnderTest.WORK.resolve("data-zh");
        ProductUnderTest.deleteTree(zhData);
        try (ProductUnderTest zh = new ProductUnderTest(installation, zhData, "-nl", "zh_CN")) {
            assertTrue(zh.ok("SHELL").contains("HisOps - HIS \u6570\u636e\u5e93\u8fd0\u7ef4\u5e73\u53f0"));
            String nav = zh.ok("NAV");
            assertTrue(nav.contains("{\"group\":\"\u7cfb\u7edf\u7ba1\u7406\",\"items\":[") && nav.contains("\"" + INSTALLED_ZH + "\"")
                    && nav.contains("\"\u6570\u636e\u5e93\u7aef\u70b9\""), nav);
            assertTrue(zh.ok("TABS").contains("\"\u9996\u9875\""), "the Home tab is \u9996\u9875");
            assertTrue(zh.ok("STATUS").contains("\u5c31\u7eea"));
            zh.ok("SHOT " + shots.resolve("product-zh-home.png"));
            zh.ok("OPEN " + INSTALLED_ZH);
            waitFor(() -> zh.ok("SHOWING").contains("\"view\""));
            zh.ok("SHOT " + shots.resolve("product-zh-installed.png"));
            assertFalse(zh.ok("NAV").contains("Administration"));
        }
        assertTrue(Files.size(shots.resolve("product-zh-home.png")) > 10_000, "the screenshot holds a picture");
    }

    @Test
    @Order(8)
    void onAChineseDesktopTheProductSpeaksChineseWithoutNl() throws Exception {
        Process locales = new ProcessBuilder("locale", "-a").redirectErrorStream(true).start();
        String available = ProductUnderTest.read(locales.getInputStream()).toLowerCase(java.util.Locale.ROOT);
        assertTrue(available.contains("zh_cn.utf8") || available.contains("zh_cn.utf-8"),
                "this machine has no zh_CN.UTF-8 locale, so no Chinese desktop can be simulated: .ci/run generates it "
                        + "(localedef -i zh_CN -f UTF-8 zh_CN.UTF-8)");
        Path zhData = ProductUnderTest.WORK.resolve("data-zh-locale");
        ProductUnderTest.deleteTree(zhData);
        try (ProductUnderTest zh = new ProductUnderTest(installation, zhData, CHINESE_DESKTOP)) {
            assertTrue(zh.ok("SHELL").contains("HisOps - HIS \u6570\u636e\u5e93\u8fd0\u7ef4\u5e73\u53f0"), zh.ok("SHELL"));
            assertTrue(zh.ok("NAV").contains("\u7cfb\u7edf\u7ba1\u7406"));
        }
    }

    /** Polls a condition of the UI (up to 10 s); the UI updates asynchronously after each change. */
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
