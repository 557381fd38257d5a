package org.hisops.migration.plans.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** "Migration plan" (迁移方案): Oracle 10.2 -> 11.2 plans and Data Pump jobs. */
@Component(property = Capability.ID_PROPERTY + "=" + MigrationPlanCapability.ID)
public class MigrationPlanCapability implements Capability {

    public static final String ID = "org.hisops.migration.plans";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.MIGRATION;
    }
}
