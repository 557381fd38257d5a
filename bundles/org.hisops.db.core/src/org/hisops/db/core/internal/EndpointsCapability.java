package org.hisops.db.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** The site's database endpoints: what HisOps connects to, tested with engine, version, open mode and role. */
@Component(property = Capability.ID_PROPERTY + "=" + EndpointsCapability.ID)
public class EndpointsCapability implements Capability {

    public static final String ID = "org.hisops.db.endpoints";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ADMINISTRATION;
    }

    /** Administration stays reachable on every site. */
    @Override
    public boolean switchable() {
        return false;
    }
}
