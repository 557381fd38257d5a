package org.hisops.dataguard.api;

import java.util.List;

/**
 * One precondition of a switchover (or failover), checked.
 *
 * @param precondition translation key of what is checked (e.g. {@code readiness.oracle.switchover_status})
 * @param result pass, fail, or unknown (could not be read)
 * @param why translation key and arguments of what was found
 * @param action translation key of what to do when it does not pass, or null
 * @param actionArgs arguments of the action text
 */
public record ReadinessLine(String precondition, Result result, Reason why, String action, List<Object> actionArgs) {

    public enum Result {
        PASS, FAIL, UNKNOWN
    }

    public ReadinessLine {
        actionArgs = actionArgs == null ? List.of() : List.copyOf(actionArgs);
    }

    public static ReadinessLine pass(String precondition, String whyKey, Object... args) {
        return new ReadinessLine(precondition, Result.PASS, Reason.of(Verdict.NORMAL, whyKey, args), null, List.of());
    }

    public static ReadinessLine fail(String precondition, String whyKey, List<Object> args, String action,
            Object... actionArgs) {
        return new ReadinessLine(precondition, Result.FAIL, new Reason(Verdict.ERROR, whyKey, args), action,
                List.of(actionArgs));
    }

    public static ReadinessLine unknown(String precondition, String whyKey, List<Object> args, String action) {
        return new ReadinessLine(precondition, Result.UNKNOWN, new Reason(Verdict.WARNING, whyKey, args), action,
                List.of());
    }

    /** Whether a switchover may go ahead as far as this line is concerned. */
    public boolean passed() {
        return result == Result.PASS;
    }
}
