package org.hisops.platform.api;

/**
 * A change of the set of capabilities.
 *
 * @param kind what happened
 * @param entry the capability after the change (for {@link Kind#REMOVED}: as it was)
 */
public record CapabilityEvent(Kind kind, CapabilityEntry entry) {

    /** What happened to a capability. */
    public enum Kind {
        /** A capability service appeared. */
        ADDED,
        /** Its properties, version or availability changed (e.g. the bundle was updated). */
        MODIFIED,
        /** The service went away (bundle stopped, uninstalled, or switched off). */
        REMOVED
    }
}
