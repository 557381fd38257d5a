package org.hisops.platform.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every change of the set of capabilities. Called on the thread that changed the service registry, so a
 * UI must hand the event to its own thread; a listener must return quickly and must not throw.
 */
@ConsumerType
@FunctionalInterface
public interface CapabilityListener {
    void capabilitiesChanged(CapabilityEvent event);
}
