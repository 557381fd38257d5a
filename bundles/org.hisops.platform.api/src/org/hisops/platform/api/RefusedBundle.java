package org.hisops.platform.api;

import java.time.Instant;

/**
 * A file of the {@code dropins} folder that was not installed, and why. It stays listed until the file is removed
 * or replaced by one that passes.
 *
 * @param file the file name
 * @param refusal why: the signature check's verdict ({@link VendorBundleException#verdict()}) or the framework's
 *        refusal; {@link VendorBundleException#message(java.util.Locale)} says it in the user's language
 * @param time when it was refused
 */
public record RefusedBundle(String file, VendorBundleException refusal, Instant time) {
}
