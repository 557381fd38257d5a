package org.hisops.inspection.api;

import java.util.List;

/**
 * A refused or failed inspection action, as a translation key of this API's bundle with arguments (the UI shows it
 * in the user's language with what to do), e.g. {@code error.signed} for a change to a signed-off run.
 */
public class InspectionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final List<String> arguments;

    public InspectionException(String key, List<String> arguments, Throwable cause) {
        super(key + " " + arguments, cause);
        this.key = key;
        this.arguments = List.copyOf(arguments);
    }

    public InspectionException(String key, String... arguments) {
        this(key, List.of(arguments), null);
    }

    public String key() {
        return key;
    }

    public List<String> arguments() {
        return arguments;
    }
}
