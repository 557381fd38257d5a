package org.hisops.inspection.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Inspection": a site's daily and monthly checklists, runs with manual items, sign-off and the monthly report. */
@Component(property = Capability.ID_PROPERTY + "=" + InspectionCapability.ID)
public class InspectionCapability implements Capability {

    public static final String ID = "org.hisops.inspection";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.INSPECTION;
    }
}
