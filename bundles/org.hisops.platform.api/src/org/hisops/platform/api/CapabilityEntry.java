package org.hisops.platform.api;

import java.util.Locale;

/**
 * What the registry knows of one capability service: the capability itself when it activated, or why it did not.
 *
 * @param id the capability id (for a capability that failed to activate: its {@value Capability#ID_PROPERTY}
 *            service property, or its component name)
 * @param category the navigator group ({@link CapabilityCategory#OTHER} when unknown)
 * @param bundleId id of the bundle that provides the service
 * @param bundleSymbolicName symbolic name of that bundle
 * @param capability the service object, or {@code null} when activation failed
 * @param failure why activation failed (the exception as the component runtime reported it), or {@code null}
 */
public record CapabilityEntry(String id, CapabilityCategory category, long bundleId, String bundleSymbolicName,
        Capability capability, String failure) {

    /** Whether the capability activated and can be used. */
    public boolean available() {
        return capability != null;
    }

    /** The localised name, or the id when the capability is not available. */
    public String name(Locale locale) {
        if (capability == null) {
            return id;
        }
        try {
            return capability.name(locale);
        } catch (RuntimeException e) {
            return id;
        }
    }

    /** The localised description, or an empty string. */
    public String description(Locale locale) {
        if (capability == null) {
            return "";
        }
        try {
            return capability.description(locale);
        } catch (RuntimeException e) {
            return "";
        }
    }
}
