package org.hisops.platform.api;

import java.util.Locale;

/**
 * What the signature check says about a bundle file before anything is installed. Only {@link Reason#TRUSTED} and
 * {@link Reason#UNSIGNED_ALLOWED} let a bundle in; every other reason names why it is refused, with a translation
 * key in the platform's texts ({@link #message(Locale)}).
 *
 * @param reason the outcome
 * @param file the file's name (no folder), as the user knows it
 * @param symbolicName the bundle's symbolic name, or {@code ""} when the file is no bundle
 * @param version the bundle's version, or {@code ""}
 * @param entry the entry the reason is about (tampered, unsigned), or {@code ""}
 * @param signer the signer: trusted one, the untrusted, expired or not yet valid one; {@code null} otherwise
 */
public record VendorVerdict(Reason reason, String file, String symbolicName, String version, String entry,
        VendorCertificate signer) {

    /** The outcomes of the check, each with a translation key {@code vendor.verdict.<name>}. */
    public enum Reason {
        /** Every entry is signed by the same certificate of the trusted-vendors store. */
        TRUSTED,
        /** Not signed, let in only because the development switch allows unsigned bundles. */
        UNSIGNED_ALLOWED,
        /** No entry is signed (or only with an algorithm the Java runtime no longer accepts). */
        UNSIGNED,
        /** Some entries are signed, {@link VendorVerdict#entry()} is not: added or replaced after signing. */
        PARTIALLY_SIGNED,
        /** {@link VendorVerdict#entry()} does not match its signature: changed, or removed, after signing. */
        TAMPERED,
        /** Signed, but not by a certificate of the trusted-vendors store. */
        UNTRUSTED,
        /** Signed by a trusted certificate that had expired when the bundle was signed (or now, without a timestamp). */
        EXPIRED,
        /** Signed by a trusted certificate that is not valid yet. */
        NOT_YET_VALID,
        /** A jar, but no OSGi bundle (no manifest or no Bundle-SymbolicName). */
        NOT_A_BUNDLE,
        /** Not a jar (zip) file at all, or a damaged one. */
        MALFORMED,
        /** The file could not be read (missing, no permission, disk error). */
        UNREADABLE;

        public String key() {
            return "vendor.verdict." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the bundle may be installed. */
    public boolean accepted() {
        return reason == Reason.TRUSTED || reason == Reason.UNSIGNED_ALLOWED;
    }

    /**
     * The verdict in the user's language: {0} file, {1} entry, {2} signer subject, {3} its SHA-256 fingerprint,
     * {4} the end (or start) of its validity.
     */
    public String message(Locale locale) {
        return BundleTexts.of(VendorVerdict.class).format(locale, reason.key(), file, entry,
                signer == null ? "" : signer.subject(), signer == null ? "" : signer.sha256(),
                signer == null ? "" : (reason == Reason.NOT_YET_VALID ? signer.notBefore() : signer.notAfter()).toString());
    }
}
