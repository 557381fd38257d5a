package org.hisops.hetero.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Heterogeneous assessment": an Oracle source assessed for PostgreSQL or KingbaseES, object by object. */
@Component(property = Capability.ID_PROPERTY + "=" + HeteroCapability.ID)
public class HeteroCapability implements Capability {

    public static final String ID = "org.hisops.assessment.hetero";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ASSESSMENT;
    }
}
