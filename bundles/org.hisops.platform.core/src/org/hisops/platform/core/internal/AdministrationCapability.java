package org.hisops.platform.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** The platform's administration: sites, the administrator role, and which capabilities are on for which site. */
@Component(property = Capability.ID_PROPERTY + "=" + AdministrationCapability.ID)
public class AdministrationCapability implements Capability {

    public static final String ID = "org.hisops.platform.administration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ADMINISTRATION;
    }

    /** Nobody may switch off the switches. */
    @Override
    public boolean switchable() {
        return false;
    }
}
