package org.hisops.checks.api;

import java.util.Locale;

/** How much a finding matters, from least to most; a run's exit code follows the highest. */
public enum Severity {
    /** Worth knowing, nothing to do. */
    INFO,
    /** Something the DBA should do for a smoother upgrade or a healthier database (utlu112i's recommendations). */
    RECOMMEND,
    /** A risk: the upgrade or the system works, but not as expected until it is dealt with. */
    WARNING,
    /** A blocker: the upgrade fails or loses data unless it is fixed first. */
    ERROR;

    /** Translation key in this bundle. */
    public String key() {
        return "severity." + name().toLowerCase(Locale.ROOT);
    }

    public static Severity highest(Severity a, Severity b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
