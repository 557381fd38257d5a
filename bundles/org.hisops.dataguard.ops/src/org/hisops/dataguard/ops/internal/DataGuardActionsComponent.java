package org.hisops.dataguard.ops.internal;

import java.time.Clock;

import org.hisops.dataguard.api.DataGuardActions;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link DataGuardActions} service; the audit log is optional (it may arrive later or go away). */
@Component(service = DataGuardActions.class)
public class DataGuardActionsComponent extends Actions {

    private volatile AuditLog auditLog;

    @Activate
    public DataGuardActionsComponent(@Reference ReplicationMonitor monitor, @Reference EndpointDirectory directory,
            @Reference DatabaseSessions sessions, @Reference AccessControl access) {
        this(monitor, directory, sessions, access, new AuditHolder());
    }

    private DataGuardActionsComponent(ReplicationMonitor monitor, EndpointDirectory directory,
            DatabaseSessions sessions, AccessControl access, AuditHolder holder) {
        super(monitor, directory, sessions, access, holder, Clock.systemUTC());
        holder.owner = this;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog log) {
        auditLog = log;
    }

    void unsetAuditLog(AuditLog log) {
        if (auditLog == log) {
            auditLog = null;
        }
    }

    /** Reads the component's current audit log when an entry is written. */
    private static final class AuditHolder implements java.util.function.Supplier<AuditLog> {
        private DataGuardActionsComponent owner;

        @Override
        public AuditLog get() {
            return owner == null ? null : owner.auditLog;
        }
    }
}
