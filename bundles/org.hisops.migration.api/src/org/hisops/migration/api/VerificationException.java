package org.hisops.migration.api;

/**
 * A run could not start or be read: the store is unavailable, the run id is unknown, an endpoint of a resumed run
 * no longer exists. The code is a translation key of {@code org.hisops.migration.core} ({@code error.<code>}).
 */
public class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    public VerificationException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** What went wrong, as a code: {@code store}, {@code unknown-run}, {@code unknown-endpoint}. */
    public String code() {
        return code;
    }
}
