package org.hisops.platform.api;

/** How an audited action ended. */
public enum AuditOutcome {
    /** Done. */
    SUCCESS,
    /** Not done because a rule refused it (role, signature, switch). */
    REFUSED,
    /** Tried and failed. */
    FAILED;

    public String nameKey() {
        return "audit.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
