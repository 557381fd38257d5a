package org.hisops.migration.core.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.migration.api.RepairPlan;
import org.hisops.migration.api.RepairPlan.TableRepair;
import org.hisops.migration.api.RepairResult;
import org.hisops.migration.api.RepairResult.Outcome;
import org.hisops.migration.api.RepairResult.TableOutcome;
import org.hisops.migration.api.RepairScript;
import org.hisops.migration.api.Repairs;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.VerificationException;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link Repairs} service: the rules of every changing action (FixupRunnerComponent's: the administrator role,
 * the database's name typed, a writable session from the broker, every step audited), with one transaction per table
 * ({@code ChangeSession.inTransaction}) and the repaired tables verified again afterwards.
 */
@Component(service = Repairs.class)
public class RepairsComponent implements Repairs {

    static final String AUDIT_ACTION = "migration.repair";
    static final String AUDIT_TABLE = "migration.repair.table";

    static final String REFUSED_NOTHING = "repair.refused.nothing";
    static final String REFUSED_STANDBY = "repair.refused.standby";
    static final String REFUSED_READ_ONLY = "repair.refused.read-only";
    static final String REFUSED_UNREACHABLE = "repair.refused.unreachable";
    static final String REFUSED_SUPERSEDED = "repair.refused.superseded";
    static final String REFUSED_UNFINISHED = "repair.refused.unfinished";
    static final String REFUSED_STORE = "repair.refused.store";
    static final String WARNING_INCOMPLETE = "repair.warning.incomplete";
    static final String WARNING_EMULATED = "repair.warning.emulated";
    /** {@link TableOutcome#detail()} of a table after the one that failed or was cancelled. */
    static final String NOT_RUN = "not run";

    private final DatabaseSessions sessions;
    private final EndpointDirectory endpoints;
    private final AccessControl access;
    private final Verifications verifications;
    private final VerifyStore store;
    private final Clock clock = Clock.systemUTC();
    private volatile AuditLog auditLog;

    @Activate
    public RepairsComponent(@Reference DatabaseSessions sessions, @Reference EndpointDirectory endpoints,
            @Reference AccessControl access, @Reference Verifications verifications, @Reference EmbeddedStore store,
            BundleContext context) {
        this.sessions = sessions;
        this.endpoints = endpoints;
        this.access = access;
        this.verifications = verifications;
        this.store = new VerifyStore(store, context.getBundle());
    }

    // Optional, dynamic and greedy: a repair is refused by nothing else when the log is missing, and a log that
    // arrives later is used at once.
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

    /** What the preflight reads on the target. */
    private record TargetState(String name, boolean standby, boolean readOnly, String detail) {
    }

    @Override
    public RepairPlan plan(String runId, List<String> tables, Cancellation cancellation)
            throws VerificationException {
        VerifyStore.Run run;
        Map<Integer, TableResult> results;
        try {
            run = store.run(runId).orElseThrow(() -> new VerificationException("unknown-run", runId, null));
            results = store.results(runId, run.tables());
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
        Endpoint target = endpoints.find(run.targetId())
                .orElseThrow(() -> new VerificationException("unknown-endpoint", run.targetId(), null));
        boolean emulated = target.emulated()
                || endpoints.find(run.sourceId()).map(Endpoint::emulated).orElse(false);
        // 'wanted' stays as asked (empty means every table); 'missing' is emptied as tables are found, so a table
        // after the last one asked for is not taken as if nothing had been asked
        Set<String> wanted = Set.copyOf(tables == null ? List.of() : tables);
        Set<String> missing = new LinkedHashSet<>(wanted);
        List<TableRepair> repairs = new ArrayList<>();
        Set<String> warnings = new LinkedHashSet<>();
        if (emulated) {
            warnings.add(WARNING_EMULATED);
        }
        for (int i = 0; i < run.tables().size(); i++) {
            TablePair pair = run.tables().get(i);
            if (!wanted.isEmpty() && !wanted.contains(pair.label())) {
                continue;
            }
            missing.remove(pair.label());
            TableResult r = results.get(i);
            if (r == null || r.status() != TableStatus.DIFFERENT || statements(r.repair()) == 0) {
                continue; // equal, failed, cancelled, or only rows to repair by hand (no key)
            }
            repairs.add(new TableRepair(pair, r.differencesFound(), r.repair()));
            if (!r.repair().complete()) {
                warnings.add(WARNING_INCOMPLETE);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("run " + runId + " has no table " + String.join(", ", missing));
        }
        List<String> warned = List.copyOf(warnings);
        if (run.finished() == null) {
            return new RepairPlan(runId, target.id(), repairs, "", warned, REFUSED_UNFINISHED, "");
        }
        if (repairs.isEmpty()) {
            return new RepairPlan(runId, target.id(), repairs, "", warned, REFUSED_NOTHING, "");
        }
        try {
            Map<TablePair, String> newer = store.newerCovering(run, repairs.stream().map(TableRepair::pair).toList());
            if (!newer.isEmpty()) {
                List<String> which = new ArrayList<>();
                newer.forEach((pair, id) -> which.add(pair.label() + ": run " + id));
                return new RepairPlan(runId, target.id(), repairs, "", warned, REFUSED_SUPERSEDED,
                        String.join("; ", which.stream().sorted().toList()));
            }
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
        TargetState state;
        try {
            state = targetState(target, cancellation);
        } catch (DatabaseException e) {
            return new RepairPlan(runId, target.id(), repairs, "", warned, REFUSED_UNREACHABLE, problemText(e));
        }
        String refusal = state.standby() ? REFUSED_STANDBY : state.readOnly() ? REFUSED_READ_ONLY : null;
        return new RepairPlan(runId, target.id(), repairs, state.name(), warned, refusal,
                refusal == null ? "" : state.detail());
    }

    private static int statements(RepairScript script) {
        return script == null ? 0 : (int) script.statements().stream().filter(s -> !s.startsWith("--")).count();
    }

    private TargetState targetState(Endpoint target, Cancellation cancellation) throws DatabaseException {
        return sessions.read(target, s -> s.queryFirst(s.sql("migration.repair.target"), rs -> {
            String name = String.valueOf(rs.getString(1)).strip();
            if (target.engine() == Engine.ORACLE) {
                String role = String.valueOf(rs.getString(2)).strip();
                String mode = String.valueOf(rs.getString(3)).strip();
                return new TargetState(name, !"PRIMARY".equals(role), !"READ WRITE".equals(mode),
                        "DATABASE_ROLE " + role + ", OPEN_MODE " + mode);
            }
            boolean recovery = rs.getBoolean(2);
            boolean readOnly = rs.getBoolean(3);
            return new TargetState(name, recovery, readOnly, "pg_is_in_recovery() " + recovery
                    + ", default_transaction_read_only " + (readOnly ? "on" : "off"));
        }), cancellation).orElseThrow(() -> new DatabaseException(DbProblem.OTHER, null, target.id(),
                "the target answered no row for its name and state", null));
    }

    private static String problemText(DatabaseException e) {
        return e.problem() + (e.serverCode() == null ? "" : " " + e.serverCode()) + ": " + firstLine(e);
    }

    @Override
    public RepairResult apply(RepairPlan plan, String typedConfirmation, Cancellation cancellation) {
        Instant started = clock.instant();
        String site = endpoints.find(plan.targetId()).map(Endpoint::siteId).orElse(null);
        try {
            access.requireAdministrator(AUDIT_ACTION);
        } catch (AccessDeniedException e) {
            return refused(plan, site, RepairResult.REFUSED_ROLE, started, "operator");
        }
        if (!plan.runnable()) {
            return refused(plan, site, plan.refusalKey(), started, "not runnable: " + plan.refusalDetail());
        }
        if (typedConfirmation == null || plan.confirmation().isEmpty()
                || !typedConfirmation.strip().equals(plan.confirmation())) {
            return refused(plan, site, RepairResult.REFUSED_CONFIRMATION, started, "confirmation does not match");
        }
        // The preflight again, from the store: the target or the history may have changed since the plan was shown,
        // and the statements run are the stored run's, whatever the plan object holds.
        RepairPlan now;
        try {
            now = plan(plan.runId(), plan.tables().stream().map(t -> t.pair().label()).toList(), cancellation);
        } catch (VerificationException e) {
            String key = "unknown-endpoint".equals(e.code()) ? REFUSED_UNREACHABLE : REFUSED_STORE;
            return refused(plan, site, key, started, e.code() + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            return refused(plan, site, REFUSED_NOTHING, started, e.getMessage());
        }
        if (cancellation.isCancelled()) {
            append(now, site, AUDIT_ACTION, AuditOutcome.FAILED, "outcome: CANCELLED before it started");
            return new RepairResult(now, Outcome.CANCELLED, null, now.tables().stream()
                    .map(t -> new TableOutcome(t.pair(), false, 0, null, NOT_RUN)).toList(), null, started,
                    clock.instant());
        }
        if (!now.runnable()) {
            return refused(now, site, now.refusalKey(), started, now.refusalDetail());
        }
        if (!now.confirmation().equals(plan.confirmation())) {
            return refused(now, site, RepairResult.REFUSED_CONFIRMATION, started,
                    "the target now reports another database name");
        }
        Endpoint target = endpoints.find(now.targetId()).orElseThrow(); // plan() found it a moment ago
        append(now, site, AUDIT_ACTION, AuditOutcome.SUCCESS, "started: " + now.tables().size() + " tables, "
                + now.statementCount() + " statements, run " + now.runId()
                + (now.warnings().isEmpty() ? "" : ", warnings " + String.join(" ", now.warnings())));
        List<TableOutcome> outcomes = new ArrayList<>();
        List<TablePair> repaired = new ArrayList<>();
        Outcome outcome = Outcome.DONE;
        for (TableRepair table : now.tables()) {
            if (outcome != Outcome.DONE) {
                outcomes.add(new TableOutcome(table.pair(), false, 0, null, NOT_RUN));
                continue;
            }
            if (cancellation.isCancelled()) {
                outcome = Outcome.CANCELLED;
                outcomes.add(new TableOutcome(table.pair(), false, 0, null, NOT_RUN));
                append(now, site, AUDIT_TABLE, AuditOutcome.FAILED, table.pair().label() + ": cancelled before it ran");
                continue;
            }
            List<String> statements = table.script().statements().stream().filter(s -> !s.startsWith("--")).toList();
            int[] ran = new int[1];
            TableOutcome result;
            try {
                sessions.change(target, AUDIT_ACTION + " " + now.runId() + " " + table.pair().label(),
                        s -> s.inTransaction(t -> {
                            for (String statement : statements) {
                                ran[0]++;
                                t.execute(statement); // the endpoint's statement timeout
                            }
                            return null;
                        }), cancellation);
                result = new TableOutcome(table.pair(), true, statements.size(), null, "");
                repaired.add(table.pair());
            } catch (DatabaseException e) {
                boolean cancelled = cancellation.isCancelled() || e.problem() == DbProblem.CANCELLED;
                outcome = cancelled ? Outcome.CANCELLED : Outcome.FAILED;
                result = new TableOutcome(table.pair(), false, 0, e.serverCode(), firstLine(e));
            }
            outcomes.add(result);
            // Counts and the server's text only: the statements hold patients' data, which the audit log need not.
            append(now, site, AUDIT_TABLE, result.done() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                    table.pair().label() + (result.done() ? ": " + statements.size() + " statements committed"
                            : ": rolled back at statement " + ran[0] + " of " + statements.size() + " -> "
                                    + (result.serverCode() == null ? "" : result.serverCode() + ": ")
                                    + result.detail()));
        }
        VerifyResult after = null;
        String afterText = "";
        if (outcome != Outcome.CANCELLED && !repaired.isEmpty()) {
            try {
                after = verifyAgain(now.runId(), target, repaired, cancellation);
                long differing = after.tables().stream().filter(t -> t.status() != TableStatus.EQUAL).count();
                afterText = ", verified afterwards: run " + after.runId() + ", "
                        + (after.allEqual() ? "all equal" : differing + " tables not equal");
            } catch (VerificationException e) {
                afterText = ", verification afterwards failed: " + e.code() + ": " + e.getMessage();
            }
        }
        append(now, site, AUDIT_ACTION, outcome == Outcome.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                "outcome: " + outcome + ", " + repaired.size() + " of " + now.tables().size() + " tables committed"
                        + afterText);
        return new RepairResult(now, outcome, null, outcomes, after, started, clock.instant());
    }

    /** The repaired tables compared again with the original run's options (a new run in the history). */
    private VerifyResult verifyAgain(String runId, Endpoint target, List<TablePair> tables, Cancellation cancellation)
            throws VerificationException {
        VerifyStore.Run run;
        try {
            run = store.run(runId).orElseThrow(() -> new VerificationException("unknown-run", runId, null));
        } catch (SQLException e) {
            throw new VerificationException("store", e.getMessage(), e);
        }
        Endpoint source = endpoints.find(run.sourceId())
                .orElseThrow(() -> new VerificationException("unknown-endpoint", run.sourceId(), null));
        return verifications.verify(new VerifyRequest(source, target, tables,
                VerificationsComponent.Options.read(run.options())), VerifyListener.none(), cancellation);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private RepairResult refused(RepairPlan plan, String site, String key, Instant started, String detail) {
        append(plan, site, AUDIT_ACTION, AuditOutcome.REFUSED, key + ": " + detail);
        return new RepairResult(plan, Outcome.REFUSED, key, List.of(), null, started, clock.instant());
    }

    private void append(RepairPlan plan, String site, String action, AuditOutcome outcome, String detail) {
        AuditLog log = auditLog;
        if (log != null) {
            log.append(site, action, plan.targetId() + " run " + plan.runId(), outcome, detail);
        }
    }
}
