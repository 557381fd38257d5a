package org.hisops.platform.vendor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.osgi.service.datalocation.Location;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.RefusedBundle;
import org.hisops.platform.api.VendorBundle;
import org.hisops.platform.api.VendorBundleException;
import org.hisops.platform.api.VendorBundleException.Problem;
import org.hisops.platform.api.VendorBundles;
import org.hisops.platform.api.VendorCertificate;
import org.hisops.platform.api.VendorVerdict;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * {@link VendorBundles}: the signature rule, the trusted-vendors store, the development switch and the watched
 * {@code dropins} folder. Vendor bundles are installed from a private copy of the file (so the bytes verified are
 * the bytes installed) under a location of their own ({@value #LOCATION_PREFIX}...), which is how they are told
 * apart from the platform's bundles and remembered by the framework between runs. One operation at a time.
 */
@Component(service = VendorBundles.class, immediate = true)
public class VendorBundleService implements VendorBundles {

    static final String LOCATION_PREFIX = "hisops.vendor:";
    static final String DROPINS_LOCATION = LOCATION_PREFIX + "dropins/";
    static final String INSTALLED_LOCATION = LOCATION_PREFIX + "installed/";
    /** What was installed under each location (hash, file, signer); in the framework's storage, like the bundles. */
    static final String STATE_FILE = "vendor-bundles.properties";
    /** The development switch, beside the trusted-vendors store. */
    static final String SETTINGS_FILE = "vendor-settings.properties";

    private final BundleContext context;
    private final AccessControl access;
    private final Logger logger;
    private final Path settingsFolder;
    private final TrustStore trust;
    private final Path dropins;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, RefusedEntry> refused = new ConcurrentHashMap<>();
    private final Properties state = new Properties();
    private volatile boolean unsignedAllowed;
    private volatile AuditLog audit;
    private DropinsWatcher watcher;

    private record RefusedEntry(String sha256, RefusedBundle bundle) {
    }

    @Activate
    public VendorBundleService(BundleContext context, @Reference AccessControl access, @Reference DataFolder data,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.configuration.area)") Location configuration,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.install.area)") Location install,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.access = access;
        this.logger = logger;
        this.settingsFolder = settingsFolder(configuration, data);
        this.trust = new TrustStore(settingsFolder.resolve(TrustStore.FILE));
        try {
            trust.load();
        } catch (IOException e) {
            // Nothing is trusted then: a damaged store refuses bundles rather than admitting them.
            logger.error("The trusted-vendors store {} is damaged; no vendor is trusted until it is replaced", trust.file(), e);
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(settingsFolder.resolve(SETTINGS_FILE))) {
            settings.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // no file yet: the switch is off
        }
        unsignedAllowed = Boolean.parseBoolean(settings.getProperty("allowUnsigned", "false").trim());
        if (unsignedAllowed) {
            logger.warn("Unsigned vendor bundles are allowed (development switch, {})", settingsFolder.resolve(SETTINGS_FILE));
        }
        try (InputStream in = Files.newInputStream(context.getDataFile(STATE_FILE).toPath())) {
            state.load(in);
        } catch (IOException | IllegalArgumentException e) {
            // first start
        }
        this.dropins = dropinsFolder(install, logger);
        if (dropins != null) {
            watcher = new DropinsWatcher(dropins, this::reconcile, logger);
            watcher.start();
        }
    }

    @Deactivate
    void stop() {
        if (watcher != null) {
            watcher.stop();
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAudit(AuditLog audit) {
        this.audit = audit;
    }

    void unsetAudit(AuditLog audit) {
        if (this.audit == audit) {
            this.audit = null;
        }
    }

    /** {@code <configuration>/hisops} when it can be written; else the data folder (a read-only installation). */
    private static Path settingsFolder(Location configuration, DataFolder data) {
        Path area = path(configuration);
        if (area != null) {
            Path folder = area.resolve("hisops");
            try {
                Files.createDirectories(folder);
                if (Files.isWritable(folder)) {
                    return folder;
                }
            } catch (IOException e) {
                // read-only installation: fall through
            }
        }
        return data.path();
    }

    private static Path dropinsFolder(Location install, Logger logger) {
        String property = System.getProperty(DROPINS_PROPERTY);
        Path folder = property != null && !property.isBlank() ? Path.of(property) : null;
        if (folder == null) {
            Path area = path(install);
            if (area == null) {
                return null;
            }
            folder = area.resolve("dropins");
        }
        try {
            return Files.createDirectories(folder).toAbsolutePath();
        } catch (IOException e) {
            logger.info("No dropins folder: {} cannot be created ({})", folder, e.toString());
            return null;
        }
    }

    private static Path path(Location location) {
        if (location == null || location.getURL() == null) {
            return null;
        }
        URL url = location.getURL();
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Equinox gives file: URLs with unescaped spaces; the plain path is right then.
            return Path.of(url.getPath());
        }
    }

    // ---- VendorBundles

    @Override
    public VendorVerdict verify(Path file) {
        Path copy = null;
        try {
            copy = stage(file);
            return SignatureCheck.verify(copy, name(file), trust.certificates(), unsignedAllowed, Instant.now());
        } catch (IOException e) {
            return new VendorVerdict(VendorVerdict.Reason.UNREADABLE, name(file), "", "", "", null);
        } finally {
            delete(copy);
        }
    }

    @Override
    public VendorBundle install(Path file) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.BUNDLE_INSTALLED);
        synchronized (this) {
            Bundle bundle = admit(file, null, null, VendorBundle.Source.INSTALLED);
            fire();
            return describe(bundle);
        }
    }

    @Override
    public VendorBundle update(long bundleId, Path file) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.BUNDLE_UPDATED);
        synchronized (this) {
            Bundle bundle = vendorBundle(bundleId);
            String location = bundle.getLocation();
            if (location.startsWith(DROPINS_LOCATION)) {
                // The folder stays the truth for its bundles: the new file replaces the old one there, or the
                // watcher would put the old version back.
                String fileName = location.substring(DROPINS_LOCATION.length());
                Path copy = stageOrFail(file);
                try {
                    VendorVerdict verdict = SignatureCheck.verify(copy, name(file), trust.certificates(), unsignedAllowed, Instant.now());
                    if (!verdict.accepted()) {
                        refuse(verdict);
                    }
                    Path target = dropins.resolve(fileName);
                    Path tmp = dropins.resolve("." + fileName + ".tmp");
                    Files.copy(copy, tmp, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    bundle = admit(target, bundle, fileName, VendorBundle.Source.DROPINS);
                } catch (IOException e) {
                    throw new VendorBundleException(Problem.IO, e.getMessage());
                } finally {
                    delete(copy);
                }
            } else {
                bundle = admit(file, bundle, null, VendorBundle.Source.INSTALLED);
            }
            fire();
            return describe(bundle);
        }
    }

    @Override
    public void uninstall(long bundleId) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.BUNDLE_REMOVED);
        synchronized (this) {
            Bundle bundle = vendorBundle(bundleId);
            String location = bundle.getLocation();
            if (location.startsWith(DROPINS_LOCATION)) {
                String fileName = location.substring(DROPINS_LOCATION.length());
                Path file = dropins.resolve(fileName);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // Cannot delete (read-only folder): remember this exact file, so it is not installed again.
                    String sha = state.getProperty(location + ".sha256");
                    if (sha != null) {
                        state.setProperty("skip." + fileName, sha);
                    }
                    logger.warn("Uninstalled {} but could not delete {}; it will not be installed again unless it changes",
                            bundle.getSymbolicName(), file);
                }
            }
            remove(bundle, "uninstalled by the administrator");
            fire();
        }
    }

    @Override
    public List<VendorBundle> installed() {
        List<VendorBundle> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(LOCATION_PREFIX)) {
                all.add(describe(bundle));
            }
        }
        return all;
    }

    @Override
    public List<RefusedBundle> refused() {
        return refused.values().stream().map(RefusedEntry::bundle)
                .sorted(java.util.Comparator.comparing(RefusedBundle::file)).toList();
    }

    @Override
    public Path dropins() {
        return dropins;
    }

    @Override
    public List<VendorCertificate> trusted() {
        return trust.describeAll();
    }

    @Override
    public VendorCertificate trust(Path certificateFile) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.VENDOR_TRUSTED);
        X509Certificate certificate;
        try {
            certificate = TrustStore.read(certificateFile);
        } catch (IOException e) {
            throw new VendorBundleException(Problem.IO, name(certificateFile));
        }
        if (certificate == null) {
            throw new VendorBundleException(Problem.NOT_A_CERTIFICATE, name(certificateFile));
        }
        VendorCertificate described = TrustStore.describe(certificate);
        synchronized (this) {
            try {
                trust.add(certificate);
            } catch (IOException e) {
                audit(AuditLog.VENDOR_TRUSTED, described.subject(), AuditOutcome.FAILED, e.toString());
                throw new VendorBundleException(Problem.STORE_FAILED, trust.file().toString());
            }
        }
        audit(AuditLog.VENDOR_TRUSTED, described.subject(), AuditOutcome.SUCCESS, "SHA-256 " + described.sha256());
        // Files refused as untrusted may pass now.
        retryRefused();
        fire();
        return described;
    }

    @Override
    public void untrust(String sha256) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.VENDOR_UNTRUSTED);
        String fingerprint = TrustStore.normalise(sha256);
        X509Certificate certificate = trust.certificates().get(fingerprint);
        if (certificate == null) {
            throw new VendorBundleException(Problem.UNKNOWN_CERTIFICATE, sha256);
        }
        synchronized (this) {
            try {
                trust.remove(fingerprint);
            } catch (IOException e) {
                audit(AuditLog.VENDOR_UNTRUSTED, TrustStore.describe(certificate).subject(), AuditOutcome.FAILED, e.toString());
                throw new VendorBundleException(Problem.STORE_FAILED, trust.file().toString());
            }
        }
        audit(AuditLog.VENDOR_UNTRUSTED, TrustStore.describe(certificate).subject(), AuditOutcome.SUCCESS, "SHA-256 " + fingerprint);
        fire();
    }

    @Override
    public boolean unsignedAllowed() {
        return unsignedAllowed;
    }

    @Override
    public void allowUnsigned(boolean allowed) throws AccessDeniedException, VendorBundleException {
        access.requireAdministrator(AuditLog.UNSIGNED_ALLOWED);
        synchronized (this) {
            if (allowed == unsignedAllowed) {
                return;
            }
            Properties settings = new Properties();
            settings.setProperty("allowUnsigned", Boolean.toString(allowed));
            Path file = settingsFolder.resolve(SETTINGS_FILE);
            try {
                Path tmp = Files.createTempFile(settingsFolder, SETTINGS_FILE, ".tmp");
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    settings.store(out, "HisOps vendor bundles: development switch (unsigned bundles allowed when true)");
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                audit(AuditLog.UNSIGNED_ALLOWED, "", AuditOutcome.FAILED, e.toString());
                throw new VendorBundleException(Problem.STORE_FAILED, file.toString());
            }
            unsignedAllowed = allowed;
        }
        audit(AuditLog.UNSIGNED_ALLOWED, "", AuditOutcome.SUCCESS, allowed ? "on" : "off");
        if (allowed) {
            logger.warn("Unsigned vendor bundles are allowed now (development switch)");
            retryRefused();
        }
        fire();
    }

    @Override
    public CapabilityRegistry.Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    // ---- the dropins folder

    /**
     * Brings the installed dropins bundles in line with the folder: bundles whose file is gone are uninstalled, new
     * files installed, changed files updated. Files that are still being written are in {@code present} but not in
     * {@code ready}: their bundles stay as they are until the copy is complete.
     */
    synchronized void reconcile(Set<String> present, Map<String, Path> ready) {
        boolean changed = false;
        for (Bundle bundle : context.getBundles()) {
            String location = bundle.getLocation();
            if (location.startsWith(DROPINS_LOCATION) && !present.contains(location.substring(DROPINS_LOCATION.length()))) {
                try {
                    remove(bundle, "its file was removed from " + dropins);
                } catch (VendorBundleException e) {
                    logger.error("Could not uninstall {} after its file was removed", bundle.getSymbolicName(), e);
                }
                changed = true;
            }
        }
        changed |= refused.keySet().retainAll(present);
        changed |= state.keySet().removeIf(k -> k.toString().startsWith("skip.")
                && !present.contains(k.toString().substring("skip.".length())));
        for (Map.Entry<String, Path> file : ready.entrySet()) {
            String fileName = file.getKey();
            String sha;
            try {
                sha = sha256(file.getValue());
            } catch (IOException e) {
                continue; // gone meanwhile; the next scan sees it
            }
            String location = DROPINS_LOCATION + fileName;
            RefusedEntry refusal = refused.get(fileName);
            if (sha.equals(state.getProperty("skip." + fileName)) || refusal != null && refusal.sha256().equals(sha)) {
                continue;
            }
            Bundle bundle = context.getBundle(location);
            if (bundle != null && sha.equals(state.getProperty(location + ".sha256"))) {
                continue;
            }
            try {
                admit(file.getValue(), bundle, fileName, VendorBundle.Source.DROPINS);
                refused.remove(fileName);
            } catch (VendorBundleException e) {
                refused.put(fileName, new RefusedEntry(sha, new RefusedBundle(fileName, e, Instant.now())));
            }
            changed = true;
        }
        if (changed) {
            saveState();
            fire();
        }
    }

    /** After a trust or switch change, refused files get another look at the next scan. */
    private void retryRefused() {
        refused.clear();
        if (watcher != null) {
            watcher.rescan();
        }
    }

    // ---- installing

    /**
     * Verifies a private copy of {@code file} and installs it (when {@code existing} is null) or updates
     * {@code existing} from it, then starts it. A refusal is audited and thrown.
     *
     * @param dropinsName the file name in the dropins folder, or null for "Install bundle..."
     */
    private Bundle admit(Path file, Bundle existing, String dropinsName, VendorBundle.Source source)
            throws VendorBundleException {
        Path copy = stageOrFail(file);
        try {
            VendorVerdict verdict = SignatureCheck.verify(copy, name(file), trust.certificates(), unsignedAllowed, Instant.now());
            if (!verdict.accepted()) {
                refuse(verdict);
            }
            String target = verdict.symbolicName() + " " + verdict.version();
            Bundle bundle;
            String action;
            if (existing == null) {
                for (Bundle other : context.getBundles()) {
                    if (verdict.symbolicName().equals(other.getSymbolicName())) {
                        audit(AuditLog.BUNDLE_REFUSED, target, AuditOutcome.REFUSED,
                                name(file) + ": ALREADY_INSTALLED as bundle " + other.getBundleId());
                        throw new VendorBundleException(Problem.ALREADY_INSTALLED, verdict.symbolicName());
                    }
                }
                String location = dropinsName != null ? DROPINS_LOCATION + dropinsName
                        : INSTALLED_LOCATION + verdict.symbolicName();
                try (InputStream in = Files.newInputStream(copy)) {
                    bundle = context.installBundle(location, in);
                } catch (BundleException | IllegalStateException e) {
                    audit(AuditLog.BUNDLE_REFUSED, target, AuditOutcome.REFUSED, name(file) + ": FRAMEWORK " + e.getMessage());
                    throw new VendorBundleException(Problem.FRAMEWORK, String.valueOf(e.getMessage()));
                }
                action = AuditLog.BUNDLE_INSTALLED;
            } else {
                if (!verdict.symbolicName().equals(existing.getSymbolicName())) {
                    audit(AuditLog.BUNDLE_REFUSED, target, AuditOutcome.REFUSED,
                            name(file) + ": DIFFERENT_BUNDLE, not " + existing.getSymbolicName());
                    throw new VendorBundleException(Problem.DIFFERENT_BUNDLE, verdict.symbolicName(), existing.getSymbolicName());
                }
                try (InputStream in = Files.newInputStream(copy)) {
                    existing.update(in);
                } catch (BundleException | IllegalStateException e) {
                    audit(AuditLog.BUNDLE_REFUSED, target, AuditOutcome.REFUSED, name(file) + ": FRAMEWORK " + e.getMessage());
                    throw new VendorBundleException(Problem.FRAMEWORK, String.valueOf(e.getMessage()));
                }
                refresh(existing);
                bundle = existing;
                action = AuditLog.BUNDLE_UPDATED;
            }
            remember(bundle, copy, name(file), source, verdict.signer());
            String started = start(bundle);
            audit(action, target, AuditOutcome.SUCCESS, name(file) + ": " + verdict.reason()
                    + (verdict.signer() == null ? "" : " " + verdict.signer().subject() + " SHA-256 " + verdict.signer().sha256())
                    + (started == null ? "" : "; not started: " + started));
            if (verdict.reason() == VendorVerdict.Reason.UNSIGNED_ALLOWED) {
                logger.warn("Unsigned bundle {} let in by the development switch", target);
            }
            return bundle;
        } catch (IOException e) {
            throw new VendorBundleException(Problem.IO, e.getMessage());
        } finally {
            delete(copy);
        }
    }

    private void refuse(VendorVerdict verdict) throws VendorBundleException {
        audit(AuditLog.BUNDLE_REFUSED, verdict.symbolicName().isEmpty() ? verdict.file()
                : verdict.symbolicName() + " " + verdict.version(), AuditOutcome.REFUSED,
                verdict.file() + ": " + verdict.reason() + (verdict.entry().isEmpty() ? "" : " entry " + verdict.entry())
                        + (verdict.signer() == null ? "" : " signer " + verdict.signer().subject() + " SHA-256 " + verdict.signer().sha256()));
        logger.warn("Vendor bundle {} refused: {}", verdict.file(), verdict.reason());
        throw new VendorBundleException(verdict);
    }

    /** Starts by the bundle's activation policy; returns why it did not start, or null. */
    private String start(Bundle bundle) {
        try {
            bundle.start(Bundle.START_ACTIVATION_POLICY);
            return null;
        } catch (BundleException | IllegalStateException e) {
            logger.warn("Vendor bundle {} installed but not started: {}", bundle.getSymbolicName(), e.getMessage());
            return e.getMessage();
        }
    }

    private void remove(Bundle bundle, String why) throws VendorBundleException {
        String target = bundle.getSymbolicName() + " " + bundle.getVersion();
        try {
            bundle.uninstall();
        } catch (BundleException | IllegalStateException e) {
            audit(AuditLog.BUNDLE_REMOVED, target, AuditOutcome.FAILED, e.toString());
            throw new VendorBundleException(Problem.FRAMEWORK, String.valueOf(e.getMessage()));
        }
        refresh(bundle);
        String location = bundle.getLocation();
        state.keySet().removeIf(k -> k.toString().startsWith(location + "."));
        saveState();
        audit(AuditLog.BUNDLE_REMOVED, target, AuditOutcome.SUCCESS, why);
    }

    /** Lets the old revision go (packages other bundles still use until a refresh). */
    private void refresh(Bundle bundle) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring != null) {
            wiring.refreshBundles(List.of(bundle));
        }
    }

    private void remember(Bundle bundle, Path copy, String fileName, VendorBundle.Source source, VendorCertificate signer)
            throws IOException {
        String l = bundle.getLocation();
        state.setProperty(l + ".sha256", sha256(copy));
        state.setProperty(l + ".file", fileName);
        state.setProperty(l + ".source", source.name());
        if (signer != null) {
            state.setProperty(l + ".signer.subject", signer.subject());
            state.setProperty(l + ".signer.issuer", signer.issuer());
            state.setProperty(l + ".signer.notBefore", signer.notBefore().toString());
            state.setProperty(l + ".signer.notAfter", signer.notAfter().toString());
            state.setProperty(l + ".signer.sha256", signer.sha256());
        } else {
            state.keySet().removeIf(k -> k.toString().startsWith(l + ".signer."));
        }
        saveState();
    }

    private VendorBundle describe(Bundle bundle) {
        String l = bundle.getLocation();
        VendorCertificate signer = null;
        String sha = state.getProperty(l + ".signer.sha256");
        if (sha != null) {
            signer = new VendorCertificate(state.getProperty(l + ".signer.subject", ""),
                    state.getProperty(l + ".signer.issuer", ""), instant(state.getProperty(l + ".signer.notBefore")),
                    instant(state.getProperty(l + ".signer.notAfter")), sha);
        }
        VendorBundle.Source source = l.startsWith(DROPINS_LOCATION) ? VendorBundle.Source.DROPINS : VendorBundle.Source.INSTALLED;
        return new VendorBundle(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()),
                bundle.getVersion().toString(), source, state.getProperty(l + ".file", ""), signer);
    }

    private Bundle vendorBundle(long bundleId) throws VendorBundleException {
        Bundle bundle = context.getBundle(bundleId);
        if (bundle == null || !bundle.getLocation().startsWith(LOCATION_PREFIX)) {
            throw new VendorBundleException(Problem.NOT_A_VENDOR_BUNDLE, Long.toString(bundleId));
        }
        return bundle;
    }

    private void saveState() {
        Path file = context.getDataFile(STATE_FILE).toPath();
        try {
            Path tmp = Files.createTempFile(file.getParent(), STATE_FILE, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                state.store(out, "HisOps vendor bundles installed by this platform");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            logger.error("Could not save {}", file, e);
        }
    }

    /** A private copy: the vendor's file may change while it is checked, the copy cannot. */
    private Path stage(Path file) throws IOException {
        Path folder = context.getDataFile("staging").toPath();
        Files.createDirectories(folder);
        Path copy = Files.createTempFile(folder, "bundle", ".jar");
        try {
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(copy);
            throw e;
        }
        return copy;
    }

    private Path stageOrFail(Path file) throws VendorBundleException {
        try {
            return stage(file);
        } catch (IOException e) {
            VendorVerdict unreadable = new VendorVerdict(VendorVerdict.Reason.UNREADABLE, name(file), "", "", "", null);
            audit(AuditLog.BUNDLE_REFUSED, name(file), AuditOutcome.FAILED, "UNREADABLE " + e);
            throw new VendorBundleException(unreadable);
        }
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file in the bundle's data area; the next start's staging clean-up is not needed
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static Instant instant(String value) {
        try {
            return value == null ? Instant.EPOCH : Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    private static String name(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private void audit(String action, String target, AuditOutcome outcome, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append("", action, target, outcome, detail);
        }
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("A vendor bundle listener failed", e);
            }
        }
    }
}
