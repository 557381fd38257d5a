package org.hisops.platform.vendor.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.platform.api.VendorCertificate;

/**
 * The installation's trusted-vendors store: a PKCS12 keystore holding only certificates (no private key, so it has
 * no password; it is protected by who may write the folder it is in). Entries are named by fingerprint, so adding
 * the same certificate twice changes nothing. The whole file is read into memory; writes replace it atomically.
 */
final class TrustStore {

    static final String FILE = "trusted-vendors.p12";

    private final Path file;
    private volatile Map<String, X509Certificate> certificates = Map.of();

    TrustStore(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Reads the file; a missing file is an empty store, a damaged one an IOException (and an empty store). */
    synchronized void load() throws IOException {
        certificates = Map.of();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, null);
            Map<String, X509Certificate> loaded = new LinkedHashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isCertificateEntry(alias) && store.getCertificate(alias) instanceof X509Certificate x) {
                    loaded.put(fingerprint(x), x);
                }
            }
            certificates = Collections.unmodifiableMap(loaded);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " is not a readable PKCS12 store: " + e.getMessage(), e);
        }
    }

    /** The trusted certificates by SHA-256 fingerprint. */
    Map<String, X509Certificate> certificates() {
        return certificates;
    }

    List<VendorCertificate> describeAll() {
        List<VendorCertificate> all = new ArrayList<>();
        certificates.values().forEach(c -> all.add(describe(c)));
        all.sort(java.util.Comparator.comparing(VendorCertificate::subject));
        return all;
    }

    synchronized void add(X509Certificate certificate) throws IOException {
        Map<String, X509Certificate> next = new LinkedHashMap<>(certificates);
        next.put(fingerprint(certificate), certificate);
        save(next);
    }

    synchronized boolean remove(String sha256) throws IOException {
        Map<String, X509Certificate> next = new LinkedHashMap<>(certificates);
        if (next.remove(normalise(sha256)) == null) {
            return false;
        }
        save(next);
        return true;
    }

    private void save(Map<String, X509Certificate> next) throws IOException {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Map.Entry<String, X509Certificate> e : next.entrySet()) {
                store.setCertificateEntry(e.getKey().replace(":", "").toLowerCase(Locale.ROOT), e.getValue());
            }
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), FILE, ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(tmp)) {
                    // No password: the store holds public certificates only (JDK 18+ writes it without a MAC).
                    store.store(out, null);
                }
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(e.getMessage(), e);
        }
        certificates = Collections.unmodifiableMap(new LinkedHashMap<>(next));
    }

    /** The first X.509 certificate of a PEM or DER file, or {@code null} when it holds none. */
    static X509Certificate read(Path certificateFile) throws IOException {
        byte[] bytes = Files.readAllBytes(certificateFile);
        try {
            Collection<? extends Certificate> all = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(bytes));
            for (Certificate c : all) {
                if (c instanceof X509Certificate x) {
                    return x;
                }
            }
            return null;
        } catch (CertificateException | RuntimeException e) {
            return null;
        }
    }

    static VendorCertificate describe(X509Certificate c) {
        return new VendorCertificate(c.getSubjectX500Principal().getName(), c.getIssuerX500Principal().getName(),
                c.getNotBefore().toInstant(), c.getNotAfter().toInstant(), fingerprint(c));
    }

    /** SHA-256 of the encoded certificate as keytool prints it: {@code AB:CD:...}. */
    static String fingerprint(X509Certificate c) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Accepts a fingerprint with or without colons, in either case. */
    static String normalise(String sha256) {
        String hex = sha256.replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (hex.isEmpty() || hex.length() % 2 != 0 || !hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
            return hex;
        }
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(HexFormat.of().parseHex(hex));
    }
}
