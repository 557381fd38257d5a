package org.hisops.platform.api;

/**
 * Where a capability is listed in the navigator. The order of the constants is the order of the groups.
 * The platform localises the group names; a capability that fits nowhere else uses {@link #OTHER}.
 */
public enum CapabilityCategory {
    /** Upgrade readiness, data and performance baselines, heterogeneous assessment. */
    ASSESSMENT,
    /** Data Pump and RMAN plans, heterogeneous copy, data verification. */
    MIGRATION,
    /** Data Guard and streaming replication: lag, readiness, switchover, drills. */
    HIGH_AVAILABILITY,
    /** Daily and monthly inspection checklists and their reports. */
    INSPECTION,
    /** Disaster-recovery planning: RTO/RPO targets, calculators, evidence. */
    DISASTER_RECOVERY,
    /** Training courses, exercises and labs. */
    TRAINING,
    /** Sites, endpoints, installed components, audit. */
    ADMINISTRATION,
    /** Anything else a vendor contributes. */
    OTHER;

    /** The key of this category's name in the platform's translations. */
    public String nameKey() {
        return "category." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
