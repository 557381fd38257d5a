package org.hisops.demo.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** The demo site's servers: their state, and rebuilding them on request. */
@Component(property = Capability.ID_PROPERTY + "=" + DemoSiteCapability.ID)
public class DemoSiteCapability implements Capability {

    public static final String ID = "org.hisops.demo.site";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ADMINISTRATION;
    }
}
