package org.hisops.platform.audit.internal;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.osgi.service.component.annotations.Component;

/** The audit log as a capability: its view ({@code org.hisops.platform.audit.ui}) shows, checks and exports it. */
@Component(property = Capability.ID_PROPERTY + "=" + AuditCapability.ID)
public class AuditCapability implements Capability {

    public static final String ID = "org.hisops.platform.audit";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CapabilityCategory category() {
        return CapabilityCategory.ADMINISTRATION;
    }

    /** Administration stays reachable on every site: nobody may hide the audit log by a switch. */
    @Override
    public boolean switchable() {
        return false;
    }
}
