package org.hisops.assessment.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Upgrade readiness": the Oracle 10.2 -> 11.2 catalogue run on an endpoint, its history and its fixups. */
@Component(property = Capability.ID_PROPERTY + "=" + UpgradeReadinessCapability.ID)
public class UpgradeReadinessCapability implements Capability {

    public static final String ID = "org.hisops.assessment.upgrade";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ASSESSMENT;
    }
}
