package org.hisops.migration.core.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/**
 * "Data migration" (数据迁移): migration projects, copies between databases and their verification. Registered by
 * the verification bundle, which every part of it needs, so the command line refuses a switched-off site even where
 * no view is installed.
 */
@Component(property = Capability.ID_PROPERTY + "=" + MigrationCapability.ID)
public class MigrationCapability implements Capability {

    public static final String ID = "org.hisops.migration";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.MIGRATION;
    }
}
