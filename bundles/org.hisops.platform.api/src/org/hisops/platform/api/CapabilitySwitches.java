package org.hisops.platform.api;

import java.io.IOException;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which capabilities are switched off for which site. A capability is on for a site unless an administrator switched
 * it off there. Kept in Configuration Admin (one configuration per site), so the setting survives restarts. A site
 * without a configuration of its own follows the installation's defaults, shipped as data
 * ({@code hisops/site-defaults.properties} in the configuration area, else the platform's built-in file). Provided
 * by the platform.
 */
@ProviderType
public interface CapabilitySwitches {

    /** Factory PID of the per-site configurations; the configuration's name is the site id. */
    String FACTORY_PID = "org.hisops.platform.site.switches";

    /** Configuration property: the site id. */
    String SITE_PROPERTY = "site.id";

    /** Configuration property: the ids of the capabilities switched off for the site (String[]). */
    String DISABLED_PROPERTY = "capabilities.disabled";

    boolean isEnabled(String siteId, String capabilityId);

    /** The capabilities switched off for a site. */
    Set<String> disabled(String siteId);

    /**
     * Switches a capability on or off for a site; takes effect at once (listeners are told). Needs the administrator
     * role; a capability that is not {@link Capability#switchable() switchable} cannot be switched off
     * (IllegalArgumentException). Audited, refusals too.
     */
    void setEnabled(String siteId, String capabilityId, boolean enabled) throws IOException, AccessDeniedException;

    /** Told after every change of any site's switches; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);
}
