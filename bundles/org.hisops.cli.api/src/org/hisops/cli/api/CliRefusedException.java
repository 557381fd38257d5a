package org.hisops.cli.api;

/**
 * A command that may not run: the message is already in the reader's language, the exit code says why
 * ({@link ExitCodes#UNAVAILABLE} for a capability switched off). Not a usage error: no usage text follows it.
 *
 * @since 1.1
 */
public final class CliRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliRefusedException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The {@link ExitCodes} value the application exits with. */
    public int exitCode() {
        return exitCode;
    }
}
