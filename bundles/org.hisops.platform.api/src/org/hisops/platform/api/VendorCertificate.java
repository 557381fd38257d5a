package org.hisops.platform.api;

import java.time.Instant;

/**
 * A vendor's signing certificate as an administrator sees it: in the trusted-vendors store, or as the signer of a
 * bundle. Only public facts; the store never holds a private key.
 *
 * @param subject the certificate's subject (distinguished name)
 * @param issuer who issued it (the subject again for a self-signed certificate)
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param sha256 SHA-256 fingerprint of the encoded certificate, upper-case hex pairs separated by colons, as
 *        {@code keytool -printcert} shows it, so an administrator can compare it with what the vendor sent by
 *        another channel
 */
public record VendorCertificate(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256) {
}
