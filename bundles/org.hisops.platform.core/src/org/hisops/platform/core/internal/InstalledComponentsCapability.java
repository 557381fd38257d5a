package org.hisops.platform.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** The platform's own capability: every bundle of the installation with its vendor, version, state and services. */
@Component(property = Capability.ID_PROPERTY + "=" + InstalledComponentsCapability.ID)
public class InstalledComponentsCapability implements Capability {

    public static final String ID = "org.hisops.platform.components";

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
