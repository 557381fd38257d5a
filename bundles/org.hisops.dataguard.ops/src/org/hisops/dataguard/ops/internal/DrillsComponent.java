package org.hisops.dataguard.ops.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.DataGuardActions;
import org.hisops.dataguard.api.DrillFailure;
import org.hisops.dataguard.api.DrillPlan;
import org.hisops.dataguard.api.DrillRecord;
import org.hisops.dataguard.api.Drills;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.hisops.report.ReportRenderer;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** The {@link Drills} service: runs drills, keeps them in the embedded store, prints their reports. */
@Component(service = Drills.class)
public class DrillsComponent implements Drills {

    private final DrillRunner runner;
    private final DrillRepository repository;
    private final ReportRenderer renderer;
    private final SiteSettings settings;
    private final Logger logger;
    private volatile AuditLog auditLog;

    @Activate
    public DrillsComponent(BundleContext context, @Reference ReplicationMonitor monitor,
            @Reference EndpointDirectory directory, @Reference DatabaseSessions sessions,
            @Reference DataGuardActions actions, @Reference AccessControl access, @Reference EmbeddedStore store,
            @Reference ReportRenderer renderer, @Reference SiteSettings settings,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.runner = new DrillRunner(monitor, directory, sessions, actions, access, () -> auditLog,
                Clock.systemUTC());
        this.repository = new DrillRepository(store, context.getBundle());
        this.renderer = renderer;
        this.settings = settings;
        this.logger = logger;
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

    @Override
    public DrillRecord run(DrillPlan plan, DrillFailure failure, ActionProgress progress, Cancellation cancellation) {
        DrillRecord record;
        try {
            record = runner.run(plan, failure, progress == null ? ActionProgress.NONE : progress,
                    cancellation == null ? Cancellation.none() : cancellation);
        } catch (AccessDeniedException e) {
            return refused(plan);
        } catch (DatabaseException | RuntimeException e) {
            logger.error("Drill on {} failed: {}", plan.standbyId(), e.getMessage());
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        try {
            repository.save(record);
        } catch (SQLException e) {
            // The drill happened; its record stays with the caller and in the audit log.
            logger.error("Drill {} could not be saved in the store: {}", record.id(), e.getMessage());
        }
        return record;
    }

    private static DrillRecord refused(DrillPlan plan) {
        java.time.Instant now = java.time.Instant.now();
        return new DrillRecord("", plan.siteId(), "", plan.kind(), "", plan.standbyId(), "", now, now,
                LagFigures.UNKNOWN, List.of(), false, java.util.Map.of(), java.util.Map.of(), null, 0, 0,
                Duration.ZERO, ActionResult.Outcome.REFUSED, false);
    }

    @Override
    public List<DrillRecord> history(String siteId) {
        try {
            return repository.history(siteId);
        } catch (SQLException e) {
            logger.error("Drill history of {} cannot be read: {}", siteId, e.getMessage());
            return List.of();
        }
    }

    @Override
    public Optional<DrillRecord> find(String drillId) {
        try {
            return repository.find(drillId);
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    @Override
    public void report(DrillRecord drill, Format format, Locale locale, OutputStream out) throws IOException {
        Duration target = LagThresholds.from(k -> settings.get(drill.siteId(), k)).rtoTarget();
        var report = DrillReport.of(drill, locale, target);
        if (format == Format.PDF) {
            renderer.pdf(report, out);
        } else {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            renderer.html(report, w);
            w.flush();
        }
    }
}
