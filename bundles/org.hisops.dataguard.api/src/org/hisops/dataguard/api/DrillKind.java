package org.hisops.dataguard.api;

/** What a drill rehearses. @since 1.1 */
public enum DrillKind {
    /** The primary is stopped cleanly and the standby takes over: no data may be lost. */
    PLANNED_SWITCHOVER,
    /** The primary dies (killed); the standby is failed over. */
    PRIMARY_KILLED,
    /** Replication is cut while the primary goes on writing, then the primary is lost. */
    NETWORK_CUT;

    public String nameKey() {
        return "drill.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
