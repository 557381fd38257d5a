package org.hisops.platform.vendor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.VendorBundle;
import org.hisops.platform.api.VendorBundleException;
import org.hisops.platform.api.VendorBundleException.Problem;
import org.hisops.platform.api.VendorBundles;
import org.hisops.platform.api.VendorCertificate;
import org.hisops.platform.api.VendorVerdict;
import org.hisops.platform.api.VendorVerdict.Reason;
import org.hisops.platform.vendor.tests.fixtures.Jars;
import org.hisops.platform.vendor.tests.fixtures.RecordingAuditLog;
import org.hisops.platform.vendor.tests.fixtures.VendorKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Vendor bundles in a real OSGi framework, with the vendor kit's real bundle signed at test time: the signed bundle
 * installs and its capability appears; unsigned, tampered, partially signed, wrongly signed and expired bundles,
 * files that are no bundle and missing files are refused with the right reason and leave nothing installed; the
 * development switch; the administrator rule; the dropins folder; and the audit entries of each.
 */
class VendorBundlesTest {

    static final String KIT_BSN = "com.example.hisops.tablespace";
    static final String KIT_CAPABILITY = "com.example.hisops.tablespace";
    static final String PASSWORD = "test-admin-Pa55";

    @TempDir
    static Path temp;
    static Path kit;
    static VendorKeys vendor;
    static VendorKeys intruder;
    static VendorKeys expired;
    static Path signed;
    static RecordingAuditLog audit;
    static ServiceRegistration<AuditLog> auditRegistration;

    @BeforeAll
    static void keysAndBundles() throws Exception {
        kit = Path.of(System.getProperty("hisops.kit.bundle", "missing"));
        assertTrue(Files.isRegularFile(kit), "the vendor kit's bundle is built by releng/vendor-kit before these tests: " + kit);
        vendor = VendorKeys.create(temp.resolve("keys"), "vendor", "CN=Example Medical Software, O=Example, C=CN", "-1d", 365);
        intruder = VendorKeys.create(temp.resolve("keys"), "intruder", "CN=Intruder, O=Nobody, C=CN", "-1d", 365);
        expired = VendorKeys.create(temp.resolve("keys"), "expired", "CN=Expired Vendor, O=Example, C=CN", "-400d", 30);
        signed = vendor.sign(kit, temp.resolve("signed/" + kit.getFileName()));
        audit = new RecordingAuditLog();
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        auditRegistration = context().registerService(AuditLog.class, audit, properties);
    }

    @AfterAll
    static void unregister() {
        auditRegistration.unregister();
    }

    @BeforeEach
    void administratorWithATrustedVendor() throws Exception {
        signIn();
        vendors().trust(vendor.certificate());
    }

    @AfterEach
    void clean() throws Exception {
        signIn();
        for (VendorBundle b : vendors().installed()) {
            vendors().uninstall(b.bundleId());
        }
        for (VendorCertificate c : vendors().trusted()) {
            vendors().untrust(c.sha256());
        }
        vendors().allowUnsigned(false);
        try (var files = Files.list(dropins())) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        waitUntil(() -> vendors().refused().isEmpty() && vendors().installed().isEmpty(), "the dropins folder is empty again");
    }

    @Test
    void theKitsSignedBundleInstallsAndItsCapabilityAppears() throws Exception {
        long mark = audit.last();
        VendorVerdict verdict = vendors().verify(signed);
        assertEquals(Reason.TRUSTED, verdict.reason());
        assertEquals(KIT_BSN, verdict.symbolicName());
        assertTrue(verdict.signer().subject().contains("CN=Example Medical Software"), verdict.signer().subject());

        VendorBundle installed = vendors().install(signed);
        assertEquals(KIT_BSN, installed.symbolicName());
        assertEquals(VendorBundle.Source.INSTALLED, installed.source());
        assertEquals(verdict.signer().sha256(), installed.signer().sha256());
        waitUntil(() -> registry().find(KIT_CAPABILITY).filter(e -> e.available()).isPresent(), "the kit's capability appears");
        assertEquals("Tablespace watch (sample)", registry().find(KIT_CAPABILITY).orElseThrow().name(Locale.ENGLISH));
        assertEquals("\u8868\u7a7a\u95f4\u76d1\u63a7\uff08\u793a\u4f8b\uff09",
                registry().find(KIT_CAPABILITY).orElseThrow().name(Locale.SIMPLIFIED_CHINESE));
        assertEquals(1, audited(mark, AuditLog.BUNDLE_INSTALLED, AuditOutcome.SUCCESS).size());

        vendors().uninstall(installed.bundleId());
        waitUntil(() -> registry().find(KIT_CAPABILITY).isEmpty(), "the kit's capability goes with its bundle");
        assertNull(context().getBundle(installed.bundleId()));
        assertEquals(1, audited(mark, AuditLog.BUNDLE_REMOVED, AuditOutcome.SUCCESS).size());
    }

    @Test
    void anUpdateMustBeTheSameBundleSignedByATrustedVendor() throws Exception {
        long id = vendors().install(signed).bundleId();
        long mark = audit.last();
        Path v2 = vendor.sign(Jars.withVersion(kit, "1.0.1", temp.resolve("v2/unsigned.jar")), temp.resolve("v2/signed.jar"));
        VendorBundle updated = vendors().update(id, v2);
        assertEquals(id, updated.bundleId());
        assertEquals("1.0.1", context().getBundle(id).getVersion().toString());
        assertEquals(1, audited(mark, AuditLog.BUNDLE_UPDATED, AuditOutcome.SUCCESS).size());

        VendorBundleException unsigned = assertThrows(VendorBundleException.class, () -> vendors().update(id, kit));
        assertEquals(Reason.UNSIGNED, unsigned.verdict().reason());
        assertEquals("1.0.1", context().getBundle(id).getVersion().toString(), "a refused update leaves the bundle as it was");

        VendorBundleException twice = assertThrows(VendorBundleException.class, () -> vendors().install(v2));
        assertEquals(Problem.ALREADY_INSTALLED, twice.problem());
        assertTrue(twice.message(Locale.ENGLISH).contains("Update..."), twice.message(Locale.ENGLISH));

        long platform = bundle("org.hisops.platform.core").getBundleId();
        assertEquals(Problem.NOT_A_VENDOR_BUNDLE,
                assertThrows(VendorBundleException.class, () -> vendors().uninstall(platform)).problem());
        assertEquals(Problem.NOT_A_VENDOR_BUNDLE,
                assertThrows(VendorBundleException.class, () -> vendors().update(0, v2)).problem());
        assertEquals(Bundle.ACTIVE, bundle("org.hisops.platform.core").getState());
    }

    @Test
    void anUnsignedBundleIsRefusedAndNothingIsInstalled() throws Exception {
        assertRefused(kit, Reason.UNSIGNED, "");
    }

    @Test
    void aBundleWithOneByteChangedIsRefusedAsTampered() throws Exception {
        String entry = "com/example/hisops/tablespace/internal/TablespaceCapability.class";
        Path tampered = Jars.flipByte(signed, entry, temp.resolve("tampered/" + kit.getFileName()));
        assertNotEquals(-1L, Arrays.mismatch(Files.readAllBytes(signed), Files.readAllBytes(tampered)));
        VendorBundleException e = assertRefused(tampered, Reason.TAMPERED, entry);
        assertTrue(e.message(Locale.ENGLISH).contains(entry), e.message(Locale.ENGLISH));
    }

    @Test
    void aTamperedResourceOrManifestIsRefused() throws Exception {
        Path resource = Jars.flipByte(signed, "OSGI-INF/l10n/bundle.properties", temp.resolve("tampered2/" + kit.getFileName()));
        assertRefused(resource, Reason.TAMPERED, "OSGI-INF/l10n/bundle.properties");
        Path manifest = Jars.flipByte(signed, "META-INF/MANIFEST.MF", temp.resolve("tampered3/" + kit.getFileName()));
        assertRefused(manifest, Reason.TAMPERED, null);
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws Exception {
        String entry = "com/example/hisops/tablespace/internal/Backdoor.class";
        Path added = Jars.addEntry(signed, entry, new byte[] { (byte) 0xca, (byte) 0xfe }, temp.resolve("added/" + kit.getFileName()));
        assertRefused(added, Reason.PARTIALLY_SIGNED, entry);
    }

    @Test
    void aBundleSignedByAnUntrustedKeyIsRefusedNamingTheSigner() throws Exception {
        Path wrong = intruder.sign(kit, temp.resolve("wrong/" + kit.getFileName()));
        VendorBundleException e = assertRefused(wrong, Reason.UNTRUSTED, null);
        VendorCertificate signer = e.verdict().signer();
        assertTrue(signer.subject().contains("CN=Intruder"), signer.subject());
        assertTrue(signer.sha256().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), signer.sha256());
        assertTrue(e.message(Locale.ENGLISH).contains(signer.sha256()), "the message names the fingerprint to check");
        assertTrue(e.message(Locale.SIMPLIFIED_CHINESE).contains(signer.sha256()));
        assertNotEquals(e.message(Locale.ENGLISH), e.message(Locale.SIMPLIFIED_CHINESE));

        // Once the administrator trusts that certificate, the same file passes.
        vendors().trust(intruder.certificate());
        assertEquals(Reason.TRUSTED, vendors().verify(wrong).reason());
        long mark = audit.last();
        vendors().untrust(signer.sha256().replace(":", "").toLowerCase(Locale.ROOT));
        assertEquals(Reason.UNTRUSTED, vendors().verify(wrong).reason());
        assertEquals(1, audited(mark, AuditLog.VENDOR_UNTRUSTED, AuditOutcome.SUCCESS).size());
    }

    @Test
    void aBundleSignedWithAnExpiredCertificateIsRefused() throws Exception {
        vendors().trust(expired.certificate());
        Path old = expired.sign(kit, temp.resolve("expired/" + kit.getFileName()));
        VendorBundleException e = assertRefused(old, Reason.EXPIRED, "");
        assertTrue(e.verdict().signer().subject().contains("CN=Expired Vendor"));
    }

    @Test
    void filesThatAreNoBundleAreRefusedAsSuch() throws Exception {
        Path text = temp.resolve("junk/notes.jar");
        Files.createDirectories(text.getParent());
        Files.writeString(text, "this is not a zip file");
        assertRefused(text, Reason.MALFORMED, "");
        assertRefused(Jars.zip(temp.resolve("junk/nomanifest.jar"), "readme.txt", "hello"), Reason.NOT_A_BUNDLE, "");
        assertRefused(Jars.zip(temp.resolve("junk/plainjar.jar"), "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n\n"),
                Reason.NOT_A_BUNDLE, "");
        assertRefused(temp.resolve("junk/missing.jar"), Reason.UNREADABLE, "");
        Path truncated = temp.resolve("junk/truncated.jar");
        Files.write(truncated, Arrays.copyOf(Files.readAllBytes(signed), (int) Files.size(signed) / 2));
        assertRefused(truncated, Reason.MALFORMED, "");
    }

    @Test
    void theDevelopmentSwitchLetsUnsignedBundlesInAndIsAudited() throws Exception {
        long mark = audit.last();
        assertFalse(vendors().unsignedAllowed(), "off by default");
        vendors().allowUnsigned(true);
        assertTrue(vendors().unsignedAllowed());
        assertEquals(Reason.UNSIGNED_ALLOWED, vendors().verify(kit).reason());
        VendorBundle b = vendors().install(kit);
        assertNull(b.signer());
        // The switch lets unsigned bundles in, never broken or wrongly signed ones.
        assertEquals(Reason.TAMPERED, vendors().verify(Jars.flipByte(signed,
                "com/example/hisops/tablespace/internal/TablespaceView.class", temp.resolve("dev/t.jar"))).reason());
        assertEquals(Reason.UNTRUSTED, vendors().verify(intruder.sign(kit, temp.resolve("dev/w.jar"))).reason());
        vendors().allowUnsigned(false);
        assertEquals(Reason.UNSIGNED, vendors().verify(kit).reason());
        List<AuditRecord> switches = audited(mark, AuditLog.UNSIGNED_ALLOWED, AuditOutcome.SUCCESS);
        assertEquals(List.of("on", "off"), switches.stream().map(AuditRecord::detail).toList());
        assertTrue(audited(mark, AuditLog.BUNDLE_INSTALLED, AuditOutcome.SUCCESS).get(0).detail().contains("UNSIGNED_ALLOWED"));
    }

    @Test
    void anOperatorCanNeitherInstallNorUninstallNorChangeTrust() throws Exception {
        long id = vendors().install(signed).bundleId();
        access().signOut();
        List<Executable> actions = List.of(() -> vendors().install(signed), () -> vendors().update(id, signed),
                () -> vendors().uninstall(id), () -> vendors().trust(intruder.certificate()),
                () -> vendors().untrust(vendors().trusted().get(0).sha256()), () -> vendors().allowUnsigned(true));
        for (Executable action : actions) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class, action::run);
            assertEquals(AccessDeniedException.Reason.NOT_ADMINISTRATOR, e.reason());
        }
        assertEquals(1, vendors().installed().size());
        assertEquals(1, vendors().trusted().size());
        assertFalse(vendors().unsignedAllowed());
        // An operator may still check a file.
        assertEquals(Reason.TRUSTED, vendors().verify(signed).reason());
    }

    @Test
    void aCertificateFileThatHoldsNoCertificateIsRefused() throws Exception {
        Path junk = temp.resolve("junk/vendor.cer");
        Files.createDirectories(junk.getParent());
        Files.writeString(junk, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        VendorBundleException e = assertThrows(VendorBundleException.class, () -> vendors().trust(junk));
        assertEquals(Problem.NOT_A_CERTIFICATE, e.problem());
        assertTrue(e.message(Locale.ENGLISH).contains("vendor.cer"));
        assertEquals(1, vendors().trusted().size());
    }

    @Test
    void theDropinsFolderInstallsNewFilesAndUninstallsRemovedOnes() throws Exception {
        long mark = audit.last();
        access().signOut(); // the folder is the machine administrator's channel: no sign-in needed
        copyInto(signed, "tablespace.jar");
        waitUntil(() -> registry().find(KIT_CAPABILITY).filter(e -> e.available()).isPresent(), "the dropped bundle's capability appears");
        VendorBundle b = vendors().installed().get(0);
        assertEquals(VendorBundle.Source.DROPINS, b.source());
        assertEquals("tablespace.jar", b.file());

        Files.delete(dropins().resolve("tablespace.jar"));
        waitUntil(() -> registry().find(KIT_CAPABILITY).isEmpty() && vendors().installed().isEmpty(), "it goes with its file");
        // Failed once in a loaded CI run with no install entry seen; waiting on the entry itself, and naming what was
        // audited, tells an ordering race from a wrong path (an update instead of an install) if it comes back.
        waitUntil(() -> audited(mark, AuditLog.BUNDLE_INSTALLED, AuditOutcome.SUCCESS).size() == 1
                && audited(mark, AuditLog.BUNDLE_REMOVED, AuditOutcome.SUCCESS).size() == 1,
                () -> "one install and one removal audited, got " + audit.since(mark, r -> true));
    }

    @Test
    void refusedDropinsAreListedWithTheirReasonAndAudited() throws Exception {
        long mark = audit.last();
        copyInto(Jars.flipByte(signed, "com/example/hisops/tablespace/internal/TablespaceCapability.class",
                temp.resolve("drop/t.jar")), "tampered.jar");
        copyInto(kit, "unsigned.jar");
        waitUntil(() -> vendors().refused().size() == 2, "both files are refused");
        assertEquals(Reason.TAMPERED, vendors().refused().get(0).refusal().verdict().reason());
        assertEquals("unsigned.jar", vendors().refused().get(1).file());
        assertEquals(Reason.UNSIGNED, vendors().refused().get(1).refusal().verdict().reason());
        assertTrue(vendors().installed().isEmpty());
        assertEquals(2, audited(mark, AuditLog.BUNDLE_REFUSED, AuditOutcome.REFUSED).size(), "each refusal once, not per look");

        // Replacing the file with a good one installs it; the refusal goes.
        copyInto(signed, "unsigned.jar");
        waitUntil(() -> vendors().installed().size() == 1 && vendors().refused().size() == 1, "the good file replaces the bad one");
    }

    @Test
    void filesRemovedOrAddedWhileTheServiceWasDownAreReconciledAtStart() throws Exception {
        copyInto(signed, "tablespace.jar");
        waitUntil(() -> vendors().installed().size() == 1, "installed from dropins");
        Path folder = dropins();
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        ComponentDescriptionDTO component = scr.getComponentDescriptionDTO(context().getBundle(),
                "org.hisops.platform.vendor.internal.VendorBundleService");
        scr.disableComponent(component).getValue();
        try {
            Files.delete(folder.resolve("tablespace.jar"));
            assertTrue(bundleOrNull(KIT_BSN) != null, "nothing watches while the service is down");
        } finally {
            scr.enableComponent(component).getValue();
        }
        waitUntil(() -> bundleOrNull(KIT_BSN) == null, "the bundle whose file went is uninstalled at start");
    }

    // ---- helpers

    private VendorBundleException assertRefused(Path file, Reason reason, String entry) throws Exception {
        long mark = audit.last();
        int bundles = context().getBundles().length;
        VendorVerdict verdict = vendors().verify(file);
        assertEquals(reason, verdict.reason(), verdict.toString());
        assertFalse(verdict.accepted());
        if (entry != null) {
            assertEquals(entry, verdict.entry());
        }
        VendorBundleException e = assertThrows(VendorBundleException.class, () -> vendors().install(file));
        assertEquals(Problem.REFUSED, e.problem());
        assertEquals(reason, e.verdict().reason());
        assertEquals(bundles, context().getBundles().length, "nothing was installed");
        assertTrue(vendors().installed().isEmpty());
        String english = e.message(Locale.ENGLISH);
        assertTrue(english.contains(file.getFileName().toString()), english);
        assertFalse(english.startsWith("vendor."), "translated: " + english);
        assertFalse(e.message(Locale.SIMPLIFIED_CHINESE).startsWith("vendor."));
        List<AuditRecord> refusals = audited(mark, AuditLog.BUNDLE_REFUSED, null);
        assertEquals(1, refusals.size(), "the refusal is audited once");
        assertTrue(refusals.get(0).detail().contains(reason.name()), refusals.get(0).detail());
        return e;
    }

    private static void copyInto(Path jar, String name) throws Exception {
        // As an administrator would: copied next to the folder, then moved in, or copied in place; both must work.
        Files.copy(jar, dropins().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<AuditRecord> audited(long mark, String action, AuditOutcome outcome) {
        return audit.since(mark, r -> r.action().equals(action) && (outcome == null || r.outcome() == outcome));
    }

    static void signIn() throws AccessDeniedException {
        AccessControl access = access();
        if (access.passwordSet()) {
            access.signIn(PASSWORD.toCharArray());
        } else {
            access.setPassword(null, PASSWORD.toCharArray());
        }
    }

    static Path dropins() {
        return vendors().dropins();
    }

    static VendorBundles vendors() {
        return service(VendorBundles.class);
    }

    static CapabilityRegistry registry() {
        return service(CapabilityRegistry.class);
    }

    static AccessControl access() {
        return service(AccessControl.class);
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(VendorBundlesTest.class).getBundleContext();
    }

    static Bundle bundle(String bsn) {
        Bundle b = bundleOrNull(bsn);
        if (b == null) {
            throw new AssertionError(bsn + " is not installed");
        }
        return b;
    }

    static Bundle bundleOrNull(String bsn) {
        return Arrays.stream(context().getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst().orElse(null);
    }

    static <T> T service(Class<T> type) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            ServiceReference<T> ref = context().getServiceReference(type);
            T s = ref == null ? null : context().getService(ref);
            if (s != null) {
                return s;
            }
            sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

    /** Waits for an outcome of asynchronous work (the watcher, SCR) with a generous limit; it never sleeps a fixed time. */
    static void waitUntil(BooleanSupplier condition, String what) {
        waitUntil(condition, () -> what);
    }

    static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what) {
        // An upper bound for a loaded CI machine, not a speed requirement: the watcher waits for a file to settle.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what.get());
            }
            sleep(25);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface Executable {
        void run() throws Exception;
    }
}
