package org.hisops.platform.api;

/**
 * A bundle installed as a vendor bundle (from the {@code dropins} folder or with "Install bundle..."); only these
 * can be updated or uninstalled through {@link VendorBundles}. The platform's own bundles never are.
 *
 * @param bundleId the OSGi bundle id
 * @param symbolicName Bundle-SymbolicName
 * @param version Bundle-Version
 * @param source how it came
 * @param file the file it was installed or last updated from (name only)
 * @param signer the trusted signer, or {@code null} when it came in unsigned under the development switch
 */
public record VendorBundle(long bundleId, String symbolicName, String version, Source source, String file,
        VendorCertificate signer) {

    /** How a vendor bundle was installed. */
    public enum Source {
        /** Found in the watched {@code dropins} folder; deleting the file uninstalls it. */
        DROPINS,
        /** Installed by an administrator with "Install bundle...". */
        INSTALLED;

        public String key() {
            return "vendor.source." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
