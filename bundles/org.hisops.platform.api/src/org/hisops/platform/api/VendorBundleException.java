package org.hisops.platform.api;

import java.util.Locale;

/**
 * A vendor bundle or certificate operation that could not be done. {@link #problem()} names why, with a
 * translation key in the platform's texts; a refusal by the signature check carries its {@link #verdict()}.
 */
public class VendorBundleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The problems, each with a translation key {@code vendor.problem.<name>}. */
    public enum Problem {
        /** The signature check refused the file; see {@link VendorBundleException#verdict()}. */
        REFUSED,
        /** A bundle with this symbolic name is already installed: {0}. */
        ALREADY_INSTALLED,
        /** The update is a different bundle ({0}) from the one selected ({1}). */
        DIFFERENT_BUNDLE,
        /** The bundle is part of the platform, or not installed as a vendor bundle. */
        NOT_A_VENDOR_BUNDLE,
        /** The OSGi framework refused the bundle: {0} is its message. */
        FRAMEWORK,
        /** The file is no X.509 certificate (PEM or DER). */
        NOT_A_CERTIFICATE,
        /** The certificate is not in the trusted-vendors store. */
        UNKNOWN_CERTIFICATE,
        /** The trusted-vendors store or the setting could not be written: {0}. */
        STORE_FAILED,
        /** A file could not be read or written: {0}. */
        IO;

        public String key() {
            return "vendor.problem." + name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problem problem;
    private final transient VendorVerdict verdict;
    private final String[] arguments;

    public VendorBundleException(Problem problem, String... arguments) {
        super(problem + " " + String.join(" ", arguments));
        this.problem = problem;
        this.verdict = null;
        this.arguments = arguments.clone();
    }

    public VendorBundleException(VendorVerdict verdict) {
        super(Problem.REFUSED + " " + verdict.file() + ": " + verdict.reason());
        this.problem = Problem.REFUSED;
        this.verdict = verdict;
        this.arguments = new String[0];
    }

    public Problem problem() {
        return problem;
    }

    /** The signature check's verdict when {@link #problem()} is {@link Problem#REFUSED}, else {@code null}. */
    public VendorVerdict verdict() {
        return verdict;
    }

    /** The message in the user's language. */
    public String message(Locale locale) {
        if (verdict != null) {
            return verdict.message(locale);
        }
        return BundleTexts.of(VendorBundleException.class).format(locale, problem.key(), (Object[]) arguments);
    }
}
