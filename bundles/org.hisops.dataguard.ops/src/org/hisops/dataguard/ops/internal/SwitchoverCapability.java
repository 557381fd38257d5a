package org.hisops.dataguard.ops.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Switchover and drills": role actions with runbooks, and recorded drills with their reports. */
@Component(property = Capability.ID_PROPERTY + "=" + SwitchoverCapability.ID)
public class SwitchoverCapability implements Capability {

    public static final String ID = "org.hisops.dataguard.ops";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.HIGH_AVAILABILITY;
    }
}
