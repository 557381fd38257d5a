package org.hisops.checks.api;

import java.util.List;

/** Thrown by an evaluator (made by {@link CheckContext#notApplicable}) when the check does not apply. */
public final class NotApplicableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String reasonKey;
    private final List<String> arguments;

    public NotApplicableException(String reasonKey, List<String> arguments) {
        super(reasonKey, null, false, false);
        this.reasonKey = reasonKey;
        this.arguments = List.copyOf(arguments);
    }

    public String reasonKey() {
        return reasonKey;
    }

    public List<String> arguments() {
        return arguments;
    }
}
