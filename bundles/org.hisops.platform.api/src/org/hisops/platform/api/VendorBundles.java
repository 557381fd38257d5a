package org.hisops.platform.api;

import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Vendor bundles: bundles from outside the product, admitted only when every entry is signed by one certificate of
 * the installation's trusted-vendors store (unsigned ones too while the development switch is on). They arrive
 * through the watched {@link #dropins()} folder (putting a file into the installation is the machine
 * administrator's channel, so no sign-in is needed, but the signature rule still applies) or through
 * {@link #install(Path)}. Installing, updating, uninstalling, trusting a vendor and the development switch need
 * the administrator role and are audited, as is every refusal. Provided by the platform.
 */
@ProviderType
public interface VendorBundles {

    /** System property naming the watched folder; default {@code dropins} in the installation folder. */
    String DROPINS_PROPERTY = "hisops.dropins";

    /** Checks a bundle file's signature without installing anything; no role needed. */
    VendorVerdict verify(Path file);

    /** Verifies, installs and starts a bundle. */
    VendorBundle install(Path file) throws AccessDeniedException, VendorBundleException;

    /** Verifies a new version of an installed vendor bundle (the same symbolic name) and updates it. */
    VendorBundle update(long bundleId, Path file) throws AccessDeniedException, VendorBundleException;

    /** Uninstalls a vendor bundle. One installed from {@code dropins} comes back at the next start unless its file is removed. */
    void uninstall(long bundleId) throws AccessDeniedException, VendorBundleException;

    /** The vendor bundles installed now. */
    List<VendorBundle> installed();

    /** Files of the {@code dropins} folder that were refused, and why. */
    List<RefusedBundle> refused();

    /** The watched folder, or {@code null} when it cannot be created (read-only installation). */
    Path dropins();

    /** The certificates of the trusted-vendors store. */
    List<VendorCertificate> trusted();

    /** Adds the certificate of a {@code .cer}, {@code .crt} or {@code .pem} file (PEM or DER) to the store. */
    VendorCertificate trust(Path certificateFile) throws AccessDeniedException, VendorBundleException;

    /** Removes a certificate, by its SHA-256 fingerprint; installed bundles stay, new ones it signed are refused. */
    void untrust(String sha256) throws AccessDeniedException, VendorBundleException;

    /** Whether the development switch lets unsigned bundles in (off unless an administrator turned it on). */
    boolean unsignedAllowed();

    /** Turns the development switch on or off; persisted. */
    void allowUnsigned(boolean allowed) throws AccessDeniedException, VendorBundleException;

    /** Told after every change of the bundles, refusals, trusted certificates or switch; closing unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);
}
