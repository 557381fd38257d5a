package org.hisops.assessment.data.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Data and performance": the data assessment and the performance baselines of an endpoint. */
@Component(property = Capability.ID_PROPERTY + "=" + DataAndPerformanceCapability.ID)
public class DataAndPerformanceCapability implements Capability {

    public static final String ID = "org.hisops.assessment.data";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ASSESSMENT;
    }
}
