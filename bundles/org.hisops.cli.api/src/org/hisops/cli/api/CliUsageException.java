package org.hisops.cli.api;

/** Wrong arguments; the message is already in the reader's language (see {@link CliArguments}). */
public final class CliUsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public CliUsageException(String message) {
        super(message);
    }
}
