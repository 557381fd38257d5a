package com.example.hisops.tablespace.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/**
 * The sample capability: HisOps lists it in the navigator under Inspection. Its name and description come from
 * OSGI-INF/l10n/bundle*.properties ({@code capability.<id>.name}, {@code capability.<id>.description}).
 */
@Component(property = Capability.ID_PROPERTY + "=" + TablespaceCapability.ID)
public class TablespaceCapability implements Capability {

    public static final String ID = "com.example.hisops.tablespace";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.INSPECTION;
    }
}
