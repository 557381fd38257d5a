package org.hisops.migration.plans.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.migration.plans.DataPumpJobs;
import org.hisops.migration.plans.ExportJob;
import org.hisops.migration.plans.JobStatus;
import org.hisops.migration.plans.Preflight;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.SiteSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link DataPumpJobs} service: preflight and state through read-only sessions, start and stop through
 * {@link DatabaseSessions#change} (one statement each, with the endpoint's statement timeout), the administrator
 * role from {@link AccessControl}, every start, refusal and stop in the {@link AuditLog}.
 */
@Component(service = DataPumpJobs.class)
public final class DataPumpJobsComponent implements DataPumpJobs {

    static final String AUDIT_START = "migration.datapump.start";
    static final String AUDIT_STOP = "migration.datapump.stop";
    /** Roles that let a user export other users' schemas (DBA holds EXP_FULL_DATABASE). */
    static final Set<String> EXPORT_ROLES = Set.of("EXP_FULL_DATABASE", "DBA");

    private final DatabaseSessions sessions;
    private final EndpointDirectory endpoints;
    private final AccessControl access;
    private final SiteSettings settings;
    private volatile AuditLog audit;

    @Activate
    public DataPumpJobsComponent(@Reference DatabaseSessions sessions, @Reference EndpointDirectory endpoints,
            @Reference AccessControl access, @Reference SiteSettings settings) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.access = access;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAuditLog(AuditLog log) {
        audit = log;
    }

    void unsetAuditLog(AuditLog log) {
        if (audit == log) {
            audit = null;
        }
    }

    private Endpoint endpoint(String id) {
        return endpoints.find(id).orElseThrow(() -> new IllegalArgumentException("no endpoint " + id));
    }

    @Override
    public Preflight preflight(ExportJob job, Cancellation cancellation) throws DatabaseException {
        List<Preflight.Problem> problems = new ArrayList<>();
        List<String> invalid = DataPumpBlocks.invalidNames(job);
        if (!invalid.isEmpty()) {
            problems.add(new Preflight.Problem("preflight.names", List.of(String.join(", ", invalid))));
            return new Preflight(null, problems);
        }
        Endpoint endpoint = endpoint(job.endpointId());
        String user = endpoint.user().toUpperCase(Locale.ROOT);
        return sessions.read(endpoint, s -> {
            Optional<String> path = s.queryFirst(s.sql("migration.datapump.directory"), rs -> rs.getString(2),
                    job.directory());
            List<String> roles = s.query(s.sql("migration.datapump.roles"), rs -> rs.getString(1), user);
            if (path.isEmpty()) {
                problems.add(new Preflight.Problem("preflight.directory.missing", List.of(job.directory())));
            } else {
                List<String[]> grants = s.query(s.sql("migration.datapump.directory.grants"),
                        rs -> new String[] { rs.getString(1), rs.getString(2) }, job.directory());
                for (String privilege : List.of("READ", "WRITE")) {
                    boolean held = grants.stream().anyMatch(g -> g[1].equals(privilege)
                            && (g[0].equals(user) || g[0].equals("PUBLIC") || roles.contains(g[0])));
                    if (!held) {
                        problems.add(new Preflight.Problem("preflight.directory.grant",
                                List.of(privilege, job.directory(), user)));
                    }
                }
            }
            boolean others = job.schemas().isEmpty() || job.schemas().stream().anyMatch(x -> !x.equals(user));
            if (others && roles.stream().noneMatch(EXPORT_ROLES::contains)) {
                problems.add(new Preflight.Problem("preflight.role", List.of(user)));
            }
            if (s.queryFirst(s.sql("migration.datapump.job"), rs -> rs.getString(5), user, job.jobName()).isPresent()) {
                problems.add(new Preflight.Problem("preflight.job.exists", List.of(job.jobName())));
            }
            return new Preflight(path.orElse(null), problems);
        }, cancellation);
    }

    @Override
    public JobStatus start(ExportJob job, String typedConfirmation, Cancellation cancellation)
            throws DatabaseException, AccessDeniedException {
        access.requireAdministrator(AUDIT_START); // the platform audits a refusal itself
        String target = job.endpointId() + "/" + job.jobName();
        if (typedConfirmation == null || !typedConfirmation.strip().equals(confirmation(job))) {
            append(job.siteId(), AUDIT_START, target, AuditOutcome.FAILED, "confirmation does not match");
            throw new IllegalArgumentException("refused.confirmation");
        }
        Preflight preflight = preflight(job, cancellation);
        if (!preflight.passed()) {
            append(job.siteId(), AUDIT_START, target, AuditOutcome.FAILED, "preflight: "
                    + preflight.problems().stream().map(p -> p.key() + p.arguments()).toList());
            throw new IllegalArgumentException("refused.preflight");
        }
        Endpoint endpoint = endpoint(job.endpointId());
        String emulated = emulated(endpoint) ? " (emulated)" : "";
        String detail = "schemas " + (job.schemas().isEmpty() ? "FULL" : String.join(",", job.schemas()))
                + ", directory " + job.directory() + ", FLASHBACK_SCN " + job.flashbackScn() + ", PARALLEL "
                + job.parallel() + emulated;
        try {
            sessions.change(endpoint, AUDIT_START, s -> {
                s.execute(DataPumpBlocks.start(job), endpoint.statementTimeoutSeconds());
                return null;
            }, cancellation);
        } catch (DatabaseException e) {
            append(job.siteId(), AUDIT_START, target, AuditOutcome.FAILED, detail + ": "
                    + (e.serverCode() == null ? "" : e.serverCode() + " ") + firstLine(e.getMessage()));
            throw e;
        }
        append(job.siteId(), AUDIT_START, target, AuditOutcome.SUCCESS, detail);
        return status(job.siteId(), job.endpointId(), endpoint.user().toUpperCase(Locale.ROOT), job.jobName(),
                cancellation);
    }

    @Override
    public JobStatus status(String siteId, String endpointId, String owner, String jobName, Cancellation cancellation)
            throws DatabaseException {
        Endpoint endpoint = endpoint(endpointId);
        boolean emulated = emulated(endpoint);
        return sessions.read(endpoint, s -> {
            Optional<String> state = s.queryFirst(s.sql("migration.datapump.job"), rs -> rs.getString(5), owner,
                    jobName);
            Optional<Object[]> work = s.queryFirst(s.sql("migration.datapump.longops"),
                    rs -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(4), rs.getTimestamp(5) },
                    jobName);
            long done = work.map(w -> (Long) w[0]).orElse(0L);
            long total = work.map(w -> (Long) w[1]).orElse(0L);
            String shown = state.orElse(total > 0 && done >= total ? JobStatus.COMPLETED : JobStatus.ENDED);
            if (JobStatus.COMPLETED.equals(shown) && !emulated) {
                record(siteId, total, (Timestamp) work.get()[2], (Timestamp) work.get()[3]);
            }
            return new JobStatus(owner, jobName, shown, done, total, emulated);
        }, cancellation);
    }

    @Override
    public JobStatus stop(String siteId, String endpointId, String owner, String jobName, Cancellation cancellation)
            throws DatabaseException, AccessDeniedException {
        access.requireAdministrator(AUDIT_STOP);
        Endpoint endpoint = endpoint(endpointId);
        String target = endpointId + "/" + jobName;
        if (!DataPumpBlocks.identifier(owner) || !DataPumpBlocks.identifier(jobName)) {
            append(siteId, AUDIT_STOP, target, AuditOutcome.FAILED, "not a job name");
            throw new IllegalArgumentException("refused.names");
        }
        try {
            sessions.change(endpoint, AUDIT_STOP, s -> {
                s.execute(DataPumpBlocks.stop(owner, jobName), endpoint.statementTimeoutSeconds());
                return null;
            }, cancellation);
        } catch (DatabaseException e) {
            append(siteId, AUDIT_STOP, target, AuditOutcome.FAILED,
                    (e.serverCode() == null ? "" : e.serverCode() + " ") + firstLine(e.getMessage()));
            throw e;
        }
        append(siteId, AUDIT_STOP, target, AuditOutcome.SUCCESS, "STOP_JOB immediate" + (emulated(endpoint)
                ? " (emulated)" : ""));
        return status(siteId, endpointId, owner, jobName, cancellation);
    }

    /**
     * A completed real job is the site's measured throughput (MB / elapsed s); only an administrator may write site
     * settings, so an operator following the job leaves the figure as it was.
     */
    private void record(String siteId, long totalMegabytes, Timestamp started, Timestamp updated) {
        if (siteId == null || started == null || updated == null || access.role() != org.hisops.platform.api.Role.ADMINISTRATOR) {
            return;
        }
        double seconds = (updated.getTime() - started.getTime()) / 1000d;
        if (seconds <= 0 || totalMegabytes <= 0) {
            return;
        }
        try {
            settings.set(siteId, Figures.MEASURED, DataPumpPlanner.number(Math.round(totalMegabytes / seconds * 10) / 10d));
        } catch (AccessDeniedException | java.io.IOException e) {
            // The figure is a convenience for the next plan; the job itself is done.
        }
    }

    private static boolean emulated(Endpoint endpoint) {
        return endpoint.emulation() != null && !endpoint.emulation().isBlank();
    }

    private void append(String siteId, String action, String target, AuditOutcome outcome, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append(siteId, action, target, outcome, detail);
        }
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
