package org.hisops.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/**
 * The vendor kit's bundle, signed at test time with a key made by the JDK's keytool (as docs/vendor-guide.md tells
 * a vendor), dropped into the {@code dropins} folder of the running product: its capability appears in the
 * navigator, a tampered and an unsigned copy are refused and listed with their reason, deleting the file removes
 * it. Then in Chinese, the file left in the folder is installed at start and the Installed components view shows
 * the development switch's warning. Screenshots go to target/screenshots.
 */
class VendorBundleProductTest {

    static final Path KIT = Path.of(System.getProperty("hisops.kit.bundle", "missing"));
    static final String PASSWORD = "vendor-test-Pa55";
    static final String LABEL_EN = "Tablespace watch (sample)";
    static final String LABEL_ZH = "\u8868\u7a7a\u95f4\u76d1\u63a7\uff08\u793a\u4f8b\uff09";
    static final Map<String, String> ENGLISH_DESKTOP = Map.of("LANG", "en_US.UTF-8", "LC_ALL", "en_US.UTF-8", "LANGUAGE", "en_US");

    @Test
    void aSignedBundleDroppedIntoTheRunningProductAppearsAndGoesWithItsFile() throws Exception {
        assertTrue(Files.isRegularFile(KIT), "the vendor kit's bundle is built by releng/vendor-kit: " + KIT);
        Path installation = ProductUnderTest.install("product-vendor");
        Path work = ProductUnderTest.WORK.resolve("vendor");
        ProductUnderTest.deleteTree(work);
        Path shots = ProductUnderTest.WORK.resolve("screenshots");
        keytool(work, "-genkeypair", "-keystore", work.resolve("vendor.p12").toString(), "-storetype",
                "PKCS12", "-storepass:env", "STOREPASS", "-alias", "vendor", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Example Medical Software, O=Example, C=CN", "-validity", "365");
        keytool(work, "-exportcert", "-rfc", "-keystore", work.resolve("vendor.p12").toString(), "-storepass:env",
                "STOREPASS", "-alias", "vendor", "-file", work.resolve("vendor.cer").toString());
        Path certificate = work.resolve("vendor.cer");
        Path signed = work.resolve("signed/com.example.hisops.tablespace-1.0.0.jar");
        Files.createDirectories(signed.getParent());
        run(work, tool("jarsigner"), "-keystore", work.resolve("vendor.p12").toString(), "-storetype", "PKCS12",
                "-storepass:env", "STOREPASS", "-signedjar", signed.toString(), KIT.toString(), "vendor");

        Path data = work.resolve("data-en");
        Path dropins = installation.resolve("dropins");
        try (ProductUnderTest product = new ProductUnderTest(installation, data, ENGLISH_DESKTOP)) {
            assertEquals(dropins.toRealPath().toString(), Path.of(product.ok("DROPINS")).toRealPath().toString(),
                    "the dropins folder is in the installation");
            assertEquals("ADMINISTRATOR", product.ok("ADMIN " + PASSWORD));
            product.ok("TRUST " + certificate);
            product.ok("OPERATOR"); // the folder is the machine administrator's channel: no sign-in needed
            product.ok("LOGMARK");

            Files.copy(signed, dropins.resolve("tablespace.jar"));
            long t0 = System.nanoTime();
            product.ok("WAITNAV " + LABEL_EN + " present 10000");
            long appeared = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertTrue(ProductUnderTest.inGroup(product.ok("NAV"), "Inspection", LABEL_EN), product.ok("NAV"));
            product.ok("OPEN " + LABEL_EN);
            waitFor(() -> product.ok("SHOWING").contains("\"view\""));
            product.ok("SHOT " + shots.resolve("product-en-vendor-dropped.png"));

            Files.write(dropins.resolve("tampered.jar"), flipByte(signed,
                    "com/example/hisops/tablespace/internal/TablespaceCapability.class"));
            Files.copy(KIT, dropins.resolve("unsigned.jar"));
            waitFor(() -> product.ok("REFUSED").equals("[\"tampered.jar TAMPERED\",\"unsigned.jar UNSIGNED\"]"));
            product.ok("OPEN Installed components");
            waitFor(() -> product.ok("VISIBLE vendor.refused").equals("true"));
            String refused = product.ok("TABLE vendor.refused");
            assertTrue(refused.contains("does not match the signature") && refused.contains("is not signed"), refused);
            product.ok("SHOT " + shots.resolve("product-en-vendor-installed.png"));
            assertEquals("[\"com.example.hisops.tablespace 1.0.0 DROPINS\"]", product.ok("VENDORS"));

            product.ok("CLICK vendor.trusted");
            waitFor(() -> product.ok("DIALOGS").contains("Trusted vendors"));
            String trusted = product.ok("TABLE trusted");
            assertTrue(trusted.contains("CN=Example Medical Software"), trusted);
            product.ok("SHOT " + shots.resolve("product-en-trusted-vendors.png"));
            product.ok("CLOSEDIALOGS");

            Files.delete(dropins.resolve("tablespace.jar"));
            Files.delete(dropins.resolve("tampered.jar"));
            product.ok("WAITNAV " + LABEL_EN + " absent 10000");
            waitFor(() -> product.ok("REFUSED").equals("[\"unsigned.jar UNSIGNED\"]"));
            assertEquals("[]", product.ok("VENDORS"));
            product.ok("SHOT " + shots.resolve("product-en-vendor-removed.png"));
            assertEquals("[]", product.ok("LOGERRORS"), "dropping, refusing and removing bundles log no error");
            System.out.println("vendor bundle dropped -> in the navigator: " + appeared + " ms (includes the settle time)");
        }

        // Files put into the folder while the product is off are installed at its next start.
        Files.copy(signed, dropins.resolve("tablespace.jar"), StandardCopyOption.REPLACE_EXISTING);
        Files.delete(dropins.resolve("unsigned.jar"));
        try (ProductUnderTest zh = new ProductUnderTest(installation, data, "-nl", "zh_CN")) {
            zh.ok("WAITNAV " + LABEL_ZH + " present 10000");
            assertEquals("ADMINISTRATOR", zh.ok("ADMIN " + PASSWORD));
            zh.ok("UNSIGNED on");
            zh.ok("OPEN \u5df2\u5b89\u88c5\u7ec4\u4ef6");
            waitFor(() -> zh.ok("VISIBLE vendor.warning").equals("true"));
            assertEquals("[\"com.example.hisops.tablespace 1.0.0 DROPINS\"]", zh.ok("VENDORS"));
            zh.ok("SHOT " + shots.resolve("product-zh-vendor-installed.png"));
            zh.ok("UNSIGNED off");
            waitFor(() -> zh.ok("VISIBLE vendor.warning").equals("false"));
        }
    }

    private static byte[] flipByte(Path jar, String entry) throws IOException {
        long size;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry e = zip.getEntry(entry);
            size = e.getCompressedSize();
        }
        byte[] bytes = Files.readAllBytes(jar);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] name = entry.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 30 < bytes.length; i++) {
            if (b.getInt(i) == 0x04034b50 && Short.toUnsignedInt(b.getShort(i + 26)) == name.length
                    && java.util.Arrays.equals(bytes, i + 30, i + 30 + name.length, name, 0, name.length)) {
                bytes[i + 30 + name.length + Short.toUnsignedInt(b.getShort(i + 28)) + (int) (size / 2)] ^= 1;
                return bytes;
            }
        }
        throw new IOException(entry + " not in " + jar);
    }

    private static final String STOREPASS = HexFormat.of().formatHex(SecureRandom.getSeed(12));

    private static void keytool(Path work, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(tool("keytool")));
        command.addAll(List.of(arguments));
        run(work, command.toArray(String[]::new));
    }

    private static String tool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name).toString();
    }

    private static void run(Path work, String... command) throws Exception {
        Files.createDirectories(work);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("STOREPASS", STOREPASS);
        Process p = builder.start();
        String out = ProductUnderTest.read(p.getInputStream());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, command[0] + " failed: " + out);
    }

    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the product did not reach the expected state within 15 s");
            }
            Thread.sleep(50);
        }
    }

    @FunctionalInterface
    private interface Condition {
        boolean holds() throws Exception;
    }
}
