package org.hisops.platform.vendor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipException;

import org.hisops.platform.api.VendorCertificate;
import org.hisops.platform.api.VendorVerdict;
import org.hisops.platform.api.VendorVerdict.Reason;

/**
 * The signature rule for vendor bundles, on a file nobody else writes to (the caller's private copy, so the file
 * checked is the file installed). The JDK's jar verifier does the cryptography; this class adds what it leaves to
 * the caller: every entry must be read in full (digests are checked only then), every entry must be signed (the
 * verifier accepts unsigned entries silently), by one and the same signer, that signer must be in the trusted
 * store, and no signed entry may be missing.
 */
final class SignatureCheck {

    private SignatureCheck() {
    }

    /**
     * @param trusted the trusted certificates by SHA-256 fingerprint
     * @param unsignedAllowed the development switch
     */
    static VendorVerdict verify(Path jar, String fileName, Map<String, X509Certificate> trusted, boolean unsignedAllowed,
            Instant now) {
        JarFile file;
        try {
            file = new JarFile(jar.toFile(), true);
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return verdict(Reason.UNREADABLE, fileName, null, "", null);
        } catch (ZipException e) {
            return verdict(Reason.MALFORMED, fileName, null, "", null);
        } catch (IOException | SecurityException e) {
            return verdict(Reason.MALFORMED, fileName, null, "", null);
        }
        try (file) {
            boolean signatureFiles = false;
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                String name = e.nextElement().getName().toUpperCase(Locale.ROOT);
                signatureFiles |= name.startsWith("META-INF/") && name.endsWith(".SF");
            }
            Manifest manifest;
            try {
                manifest = file.getManifest();
            } catch (IOException | SecurityException e) {
                return verdict(signatureFiles ? Reason.TAMPERED : Reason.MALFORMED, fileName, null, JarFile.MANIFEST_NAME, null);
            }
            String bsn = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            if (bsn == null || bsn.isBlank()) {
                return verdict(Reason.NOT_A_BUNDLE, fileName, null, "", null);
            }
            // The signer common to every entry so far (by fingerprint); null until the first signed entry.
            Set<String> common = null;
            Map<String, X509Certificate> signers = new HashMap<>();
            String unsignedEntry = null;
            String untrustedEntry = null;
            Instant timestamp = null;
            byte[] buffer = new byte[16384];
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements();) {
                JarEntry entry = e.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end is what makes the verifier compare the digest
                    }
                } catch (SecurityException ex) {
                    return verdict(Reason.TAMPERED, fileName, bsn, tamperedEntry(entry.getName(), ex), null, manifest);
                } catch (IOException ex) {
                    // Compressed data that no longer inflates, or a CRC mismatch: in a signed jar that is a change
                    // after signing; in an unsigned one simply damage.
                    return signatureFiles ? verdict(Reason.TAMPERED, fileName, bsn, entry.getName(), null, manifest)
                            : verdict(Reason.MALFORMED, fileName, bsn, entry.getName(), null, manifest);
                }
                if (signatureRelated(entry.getName())) {
                    continue;
                }
                CodeSigner[] codeSigners = entry.getCodeSigners();
                if (codeSigners == null || codeSigners.length == 0) {
                    unsignedEntry = unsignedEntry == null ? entry.getName() : unsignedEntry;
                    continue;
                }
                Set<String> here = new HashSet<>();
                boolean trustedHere = false;
                for (CodeSigner signer : codeSigners) {
                    X509Certificate leaf = leaf(signer);
                    if (leaf == null) {
                        continue;
                    }
                    String fingerprint = TrustStore.fingerprint(leaf);
                    here.add(fingerprint);
                    signers.putIfAbsent(fingerprint, leaf);
                    trustedHere |= trusted.containsKey(fingerprint);
                    if (trusted.containsKey(fingerprint) && signer.getTimestamp() != null) {
                        Instant t = signer.getTimestamp().getTimestamp().toInstant();
                        timestamp = timestamp == null || t.isBefore(timestamp) ? t : timestamp;
                    }
                }
                if (!trustedHere && untrustedEntry == null) {
                    untrustedEntry = entry.getName();
                }
                if (common == null) {
                    common = here;
                } else {
                    common.retainAll(here);
                }
            }
            if (common == null) {
                return unsignedAllowed ? verdict(Reason.UNSIGNED_ALLOWED, fileName, bsn, "", null, manifest)
                        : verdict(Reason.UNSIGNED, fileName, bsn, "", null, manifest);
            }
            if (unsignedEntry != null) {
                return verdict(Reason.PARTIALLY_SIGNED, fileName, bsn, unsignedEntry, null, manifest);
            }
            String missing = missingSignedEntry(file, manifest);
            if (missing != null) {
                return verdict(Reason.TAMPERED, fileName, bsn, missing, null, manifest);
            }
            common.retainAll(trusted.keySet());
            if (common.isEmpty()) {
                // Name the signer the administrator would have to trust: one that signed an untrusted entry.
                X509Certificate shown = signers.values().stream()
                        .filter(c -> !trusted.containsKey(TrustStore.fingerprint(c))).findFirst()
                        .orElse(signers.values().iterator().next());
                return verdict(Reason.UNTRUSTED, fileName, bsn, untrustedEntry == null ? "" : untrustedEntry,
                        TrustStore.describe(shown), manifest);
            }
            X509Certificate signer = trusted.get(common.iterator().next());
            // A timestamp proves when it was signed; without one the certificate must be valid now.
            Instant at = timestamp != null ? timestamp : now;
            VendorCertificate described = TrustStore.describe(signer);
            if (at.isAfter(described.notAfter())) {
                return verdict(Reason.EXPIRED, fileName, bsn, "", described, manifest);
            }
            if (at.isBefore(described.notBefore())) {
                return verdict(Reason.NOT_YET_VALID, fileName, bsn, "", described, manifest);
            }
            return verdict(Reason.TRUSTED, fileName, bsn, "", described, manifest);
        } catch (IOException | RuntimeException e) {
            // Closing, or a verifier failure outside any one entry: the file cannot be trusted either way.
            return verdict(Reason.MALFORMED, fileName, null, "", null);
        }
    }

    /** A per-entry digest in the manifest whose entry is gone: removing a file after signing is tampering too. */
    private static String missingSignedEntry(JarFile file, Manifest manifest) {
        for (Map.Entry<String, Attributes> section : manifest.getEntries().entrySet()) {
            boolean digested = section.getValue().keySet().stream()
                    .anyMatch(k -> k.toString().toUpperCase(Locale.ROOT).endsWith("-DIGEST"));
            if (digested && file.getJarEntry(section.getKey()) == null) {
                return section.getKey();
            }
        }
        return null;
    }

    /** The JDK says which file's digest failed only in its message; the manifest's main section is the usual one. */
    private static String tamperedEntry(String reading, SecurityException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Manifest main attributes") || message.contains("for Manifest")
                ? JarFile.MANIFEST_NAME : reading;
    }

    /** The files that carry the signature itself, which the signature cannot cover (as the JDK defines them). */
    static boolean signatureRelated(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals(JarFile.MANIFEST_NAME) || upper.equals("META-INF/")) {
            return true;
        }
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC")
                || file.startsWith("SIG-");
    }

    private static X509Certificate leaf(CodeSigner signer) {
        var certificates = signer.getSignerCertPath().getCertificates();
        Certificate first = certificates.isEmpty() ? null : certificates.get(0);
        return first instanceof X509Certificate x ? x : null;
    }

    private static VendorVerdict verdict(Reason reason, String file, String bsn, String entry, VendorCertificate signer) {
        return new VendorVerdict(reason, file, bsn == null ? "" : bsn, "", entry, signer);
    }

    private static VendorVerdict verdict(Reason reason, String file, String bsn, String entry, VendorCertificate signer,
            Manifest manifest) {
        String version = manifest.getMainAttributes().getValue("Bundle-Version");
        return new VendorVerdict(reason, file, symbolicName(bsn), version == null ? "0.0.0" : version.trim(), entry,
                signer);
    }

    /** Bundle-SymbolicName without its directives ({@code ;singleton:=true}). */
    static String symbolicName(String header) {
        if (header == null) {
            return "";
        }
        int semicolon = header.indexOf(';');
        return (semicolon < 0 ? header : header.substring(0, semicolon)).trim();
    }
}
