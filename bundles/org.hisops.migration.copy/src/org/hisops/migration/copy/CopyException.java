package org.hisops.migration.copy;

import java.util.List;

/**
 * A copy that cannot start or go on for a reason of its own (not a database failure): an unknown endpoint or run, a
 * target table that already exists, the store unavailable. {@link #code()} is a translation key of this bundle
 * ({@code copy.problem.*}) and {@link #arguments()} its MessageFormat arguments.
 */
public class CopyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final List<String> arguments;

    public CopyException(String code, List<String> arguments, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.arguments = List.copyOf(arguments);
    }

    public String code() {
        return code;
    }

    public List<String> arguments() {
        return arguments;
    }
}
