package org.hisops.dataguard.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/**
 * The Data Guard / streaming-replication console as a capability; its view is in {@code org.hisops.dataguard.ui}.
 * Here, with the monitor, so that a site's switch honours it headless as well.
 */
@Component(property = Capability.ID_PROPERTY + "=" + DataGuardCapability.ID)
public class DataGuardCapability implements Capability {

    public static final String ID = "org.hisops.dataguard";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.HIGH_AVAILABILITY;
    }
}
