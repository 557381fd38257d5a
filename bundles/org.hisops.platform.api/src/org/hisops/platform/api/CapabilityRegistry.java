package org.hisops.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.ServiceReference;

/**
 * Every capability service currently registered, kept up to date as bundles come and go. Provided by the platform.
 */
@ProviderType
public interface CapabilityRegistry {

    /** A snapshot, ordered by category and then id. */
    List<CapabilityEntry> capabilities();

    /** The capability with this id, if one is registered. */
    Optional<CapabilityEntry> find(String id);

    /** The capabilities a site may use: those not switched off for it ({@link CapabilitySwitches}). */
    List<CapabilityEntry> capabilities(String siteId);

    /**
     * The capability, if it may run for the site: installed, started and not switched off there. Headless callers
     * (the command line, scheduled runs) go through this, so a switch is honoured without any UI.
     */
    CapabilityEntry require(String siteId, String capabilityId) throws CapabilityRefusedException;

    /**
     * Why a service of a capability bundle (a capability, or its view) could not be obtained: the exception its
     * component threw on activation, as the component runtime recorded it. Empty when the component has not failed.
     */
    Optional<String> failureOf(ServiceReference<?> reference);

    /**
     * Registers a listener; it is told of changes from now on (take {@link #capabilities()} after registering to
     * miss nothing). Closing the returned handle unregisters it.
     */
    Registration addListener(CapabilityListener listener);

    /** Handle of a listener registration. */
    @FunctionalInterface
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
