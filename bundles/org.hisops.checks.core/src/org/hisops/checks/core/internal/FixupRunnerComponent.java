package org.hisops.checks.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.FixupPlan;
import org.hisops.checks.api.FixupResult;
import org.hisops.checks.api.FixupResult.Outcome;
import org.hisops.checks.api.FixupResult.StatementResult;
import org.hisops.checks.api.FixupRunner;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The {@link FixupRunner}: the same rules as Data Guard's actions (role, typed name, a writable session per
 * statement from the broker, every step audited), then the check's catalogue run again to show the effect.
 */
@Component(service = FixupRunner.class)
public class FixupRunnerComponent implements FixupRunner {

    static final String AUDIT_ACTION = "checks.fixup";
    static final String AUDIT_STATEMENT = "checks.fixup.statement";

    private final DatabaseSessions sessions;
    private final AccessControl access;
    private final CheckRunner runner;
    private final Clock clock = Clock.systemUTC();
    private volatile AuditLog auditLog;

    @Activate
    public FixupRunnerComponent(@Reference DatabaseSessions sessions, @Reference AccessControl access,
            @Reference CheckRunner runner) {
        this.sessions = sessions;
        this.access = access;
        this.runner = runner;
    }

    // Optional, dynamic and greedy: fixups are refused by nothing else when the log is missing, and a log that
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

    @Override
    public FixupPlan plan(Endpoint endpoint, RunResult run, String checkId, Cancellation cancellation)
            throws DatabaseException {
        if (!run.endpointId().equals(endpoint.id())) {
            throw new IllegalArgumentException("run " + run.runId() + " is of " + run.endpointId() + ", not "
                    + endpoint.id());
        }
        CheckResult result = run.result(checkId)
                .orElseThrow(() -> new IllegalArgumentException("run " + run.runId() + " has no check " + checkId));
        Check check = check(run.catalogueId(), checkId).orElse(null);
        Set<String> shown = new LinkedHashSet<>(); // findings often share a statement (one per owner, one fix)
        for (Finding f : result.findings()) {
            shown.addAll(f.fixupStatements());
        }
        if (check == null || check.fixup() == null || shown.isEmpty()) {
            return new FixupPlan(run.runId(), run.catalogueId(), checkId, endpoint, check == null ? null
                    : check.fixup(), List.copyOf(shown), List.of(), "", FixupPlan.NO_FIXUP);
        }
        List<String> statements = new ArrayList<>();
        for (String s : shown) {
            Optional<String> jdbc = FixupStatements.jdbc(s);
            if (jdbc.isEmpty()) {
                return new FixupPlan(run.runId(), run.catalogueId(), checkId, endpoint, check.fixup(),
                        List.copyOf(shown), List.of(), "", FixupPlan.MANUAL);
            }
            statements.add(jdbc.get());
        }
        String name = sessions.read(endpoint, s -> s.queryFirst(s.sql("checks.fixup.database_name"),
                r -> r.getString(1)), cancellation).map(String::strip).orElse(endpoint.address());
        return new FixupPlan(run.runId(), run.catalogueId(), checkId, endpoint, check.fixup(), List.copyOf(shown),
                statements, name, null);
    }

    private Optional<Check> check(String catalogueId, String checkId) {
        return runner.catalogue(catalogueId).map(CheckCatalogue::checks)
                .flatMap(checks -> checks.stream().filter(c -> c.id().equals(checkId)).findFirst());
    }

    @Override
    public FixupResult run(FixupPlan plan, String typedConfirmation, Cancellation cancellation) {
        Instant started = clock.instant();
        String target = plan.endpoint().id() + " " + plan.checkId();
        try {
            access.requireAdministrator(AUDIT_ACTION); // the platform audits the refusal itself
        } catch (AccessDeniedException e) {
            return refused(plan, FixupResult.REFUSED_ROLE, started, "operator");
        }
        if (!plan.runnable()) {
            return refused(plan, plan.refusalKey(), started, "not runnable");
        }
        if (typedConfirmation == null || plan.confirmation().isEmpty()
                || !typedConfirmation.strip().equals(plan.confirmation())) {
            return refused(plan, FixupResult.REFUSED_CONFIRMATION, started, "confirmation does not match");
        }
        append(plan, AUDIT_ACTION, AuditOutcome.SUCCESS, "started: " + plan.statements().size() + " statements, run "
                + plan.runId() + (plan.endpoint().emulated() ? " (emulated)" : ""));
        List<StatementResult> results = new ArrayList<>();
        Outcome outcome = Outcome.DONE;
        for (String statement : plan.statements()) {
            if (outcome != Outcome.DONE) {
                results.add(new StatementResult(statement, false, null, "not run"));
                continue;
            }
            if (cancellation.isCancelled()) {
                outcome = Outcome.CANCELLED;
                results.add(new StatementResult(statement, false, null, "cancelled"));
                append(plan, AUDIT_STATEMENT, AuditOutcome.FAILED, statement + " -> cancelled before it ran");
                continue;
            }
            StatementResult result;
            try {
                sessions.change(plan.endpoint(), AUDIT_ACTION + " " + target, s -> {
                    s.execute(statement); // the endpoint's statement timeout
                    return null;
                }, cancellation);
                result = new StatementResult(statement, true, null, "");
            } catch (DatabaseException e) {
                result = new StatementResult(statement, false, e.serverCode(), firstLine(e));
                outcome = cancellation.isCancelled() ? Outcome.CANCELLED : Outcome.FAILED;
            }
            results.add(result);
            append(plan, AUDIT_STATEMENT, result.done() ? AuditOutcome.SUCCESS : AuditOutcome.FAILED, statement
                    + " -> " + (result.done() ? "done" : (result.serverCode() == null ? "" : result.serverCode() + ": ")
                            + result.detail()));
        }
        // The effect: the catalogue's run again, kept in the history like any run.
        CheckResult after = null;
        long afterRunId = 0;
        Check check = check(plan.catalogueId(), plan.checkId()).orElse(null);
        if (check != null && !cancellation.isCancelled()) {
            RunResult again = runner.run(plan.catalogueId(), plan.endpoint(), check.stages(), RunProgress.NONE,
                    cancellation);
            after = again.result(plan.checkId()).orElse(null);
            afterRunId = again.runId();
        }
        append(plan, AUDIT_ACTION, outcome == Outcome.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                "outcome: " + outcome + (after == null ? "" : ", check afterwards: " + after.status()
                        + (after.severity() == null ? "" : " " + after.severity()) + ", run " + afterRunId));
        return new FixupResult(plan, outcome, null, results, after, afterRunId, started, clock.instant());
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    private FixupResult refused(FixupPlan plan, String key, Instant started, String detail) {
        append(plan, AUDIT_ACTION, AuditOutcome.REFUSED, key + ": " + detail);
        return new FixupResult(plan, Outcome.REFUSED, key, List.of(), null, 0, started, clock.instant());
    }

    private void append(FixupPlan plan, String action, AuditOutcome outcome, String detail) {
        AuditLog log = auditLog;
        if (log != null) {
            log.append(plan.endpoint().siteId(), action, plan.endpoint().id() + " " + plan.checkId(), outcome,
                    detail);
        }
    }
}
