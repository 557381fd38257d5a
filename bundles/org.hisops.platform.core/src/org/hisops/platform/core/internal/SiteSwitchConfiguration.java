package org.hisops.platform.core.internal;

import org.hisops.platform.api.CapabilitySwitches;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

/**
 * One site's switches, as a component that exists exactly while the site's configuration does (configuration
 * policy REQUIRE on the factory PID). Its service properties are the configuration's, so the {@link SwitchBoard}
 * reads the switched-off capabilities from the service and is told of every change as a service event.
 */
@Component(service = SiteSwitchConfiguration.class, configurationPid = CapabilitySwitches.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public class SiteSwitchConfiguration {
}
