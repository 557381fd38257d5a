package org.hisops.dataguard.ops.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.hisops.dataguard.api.ActionProgress;
import org.hisops.dataguard.api.ActionResult;
import org.hisops.dataguard.api.Runbook;
import org.hisops.dataguard.api.RunbookStep;
import org.hisops.dataguard.api.StepResult;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;

/**
 * Runs a runbook: role, typed confirmation, readiness read again, then each step in its own writable session
 * (closed after the step, so a database that restarts between steps is met with a new connection). Every start,
 * step and outcome goes to the audit log; a cancel is honoured before a step that allows it.
 */
final class ActionRunner {

    static final String AUDIT_ACTION = "dataguard.action";
    static final String AUDIT_STEP = "dataguard.action.step";

    private final Planner planner;
    private final DatabaseSessions sessions;
    private final EndpointDirectory directory;
    private final AccessControl access;
    private final Supplier<AuditLog> audit;
    private final Clock clock;

    ActionRunner(Planner planner, DatabaseSessions sessions, EndpointDirectory directory, AccessControl access,
            Supplier<AuditLog> audit, Clock clock) {
        this.planner = planner;
        this.sessions = sessions;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    ActionResult run(Runbook runbook, String typed, ActionProgress progress, Cancellation cancellation) {
        Instant started = clock.instant();
        String action = AUDIT_ACTION + "." + runbook.kind().name().toLowerCase(Locale.ROOT);
        try {
            access.requireAdministrator(action); // the platform audits the refusal itself
        } catch (AccessDeniedException e) {
            return refused(runbook, "action.refused.role", started, action, "operator");
        }
        if (typed == null || !typed.strip().equals(runbook.confirmation())) {
            return refused(runbook, "action.refused.confirmation", started, action, "confirmation does not match");
        }
        Runbook fresh;
        try {
            fresh = planner.plan(runbook.siteId(), runbook.targetId(), runbook.kind());
        } catch (DatabaseException | RuntimeException e) {
            return refused(runbook, "action.refused.readiness", started, action, "readiness: " + e.getMessage());
        }
        if (!fresh.ready()) {
            Runbook shown = new Runbook(runbook.kind(), runbook.siteId(), runbook.system(), runbook.targetId(),
                    runbook.otherId(), runbook.confirmation(), fresh.readiness(), fresh.blocking(), runbook.steps(),
                    runbook.emulated());
            return refused(shown, "action.refused.readiness", started, action, "blocked by "
                    + fresh.blocking().stream().map(l -> l.precondition()).toList());
        }
        append(runbook, action, AuditOutcome.SUCCESS, "started: " + runbook.steps().size() + " steps"
                + (runbook.emulated() ? " (emulated)" : ""));
        List<StepResult> results = new ArrayList<>();
        ActionResult.Outcome outcome = ActionResult.Outcome.DONE;
        for (RunbookStep step : runbook.steps()) {
            if (outcome != ActionResult.Outcome.DONE) {
                results.add(new StepResult(step, StepResult.Outcome.CANCELLED, null, null, ""));
                continue;
            }
            if (cancellation.isCancelled() && step.cancellable()) {
                outcome = ActionResult.Outcome.CANCELLED;
                results.add(new StepResult(step, StepResult.Outcome.CANCELLED, null, null, "cancelled"));
                append(runbook, AUDIT_STEP, AuditOutcome.FAILED, "#" + step.number() + " cancelled before it ran");
                continue;
            }
            progress.started(step);
            StepResult result = runStep(step, progress, cancellation);
            results.add(result);
            progress.finished(result);
            append(runbook, AUDIT_STEP, result.outcome() == StepResult.Outcome.DONE ? AuditOutcome.SUCCESS
                    : AuditOutcome.FAILED, "#" + step.number() + " " + step.endpointId() + " " + step.kind() + ": "
                            + step.text() + " -> " + result.outcome() + (result.detail().isEmpty() ? ""
                                    : " (" + result.detail() + ")"));
            if (result.outcome() == StepResult.Outcome.FAILED) {
                outcome = ActionResult.Outcome.FAILED;
            } else if (result.outcome() == StepResult.Outcome.SKIPPED) {
                outcome = ActionResult.Outcome.CANCELLED; // the DBA did not confirm a server step
            }
        }
        append(runbook, action, outcome == ActionResult.Outcome.DONE ? AuditOutcome.SUCCESS : AuditOutcome.FAILED,
                "outcome: " + outcome);
        if (runbook.kind().changesRoles()) {
            // Readers must not go on with sessions opened under the old roles.
            sessions.forget(runbook.targetId());
            if (runbook.otherId() != null) {
                sessions.forget(runbook.otherId());
            }
        }
        return new ActionResult(runbook, outcome, null, results, started, clock.instant());
    }

    private StepResult runStep(RunbookStep step, ActionProgress progress, Cancellation cancellation) {
        Instant started = clock.instant();
        if (step.kind() == RunbookStep.Kind.SERVER) {
            boolean done = progress.serverStepDone(step);
            return new StepResult(step, done ? StepResult.Outcome.DONE : StepResult.Outcome.SKIPPED, started,
                    clock.instant(), done ? "confirmed by the DBA" : "not confirmed");
        }
        Endpoint endpoint = directory.find(step.endpointId()).orElse(null);
        if (endpoint == null) {
            return new StepResult(step, StepResult.Outcome.FAILED, started, clock.instant(),
                    "no endpoint " + step.endpointId());
        }
        // A check in the middle of a role change waits for the state to come (e.g. TO PRIMARY after the primary's
        // half); a check before anything changed answers at once.
        long deadline = System.nanoTime() + step.timeoutSeconds() * 1_000_000_000L;
        while (true) {
            // Idle sessions may predate a restart or a role change of this database: start from a new one.
            sessions.forget(endpoint.id());
            String answer;
            try {
                answer = sessions.change(endpoint, step.noteKey(), s -> {
                    if (isQuery(step.text())) {
                        List<String> rows = s.query(step.text(), step.timeoutSeconds(), rs -> rs.getString(1));
                        return rows.isEmpty() || rows.get(0) == null ? "" : rows.get(0).strip();
                    }
                    s.execute(step.text(), step.timeoutSeconds());
                    return "";
                }, cancellation);
            } catch (DatabaseException e) {
                return new StepResult(step, StepResult.Outcome.FAILED, started, clock.instant(),
                        (e.serverCode() == null ? "" : e.serverCode() + ": ") + firstLine(e));
            }
            if (step.expected().isEmpty() || step.expected().contains(answer)) {
                return new StepResult(step, StepResult.Outcome.DONE, started, clock.instant(), answer);
            }
            boolean waits = step.kind() == RunbookStep.Kind.CHECK && !step.cancellable();
            if (!waits || System.nanoTime() > deadline || cancellation.isCancelled()) {
                return new StepResult(step, StepResult.Outcome.FAILED, started, clock.instant(),
                        "answer '" + answer + "', expected " + String.join(" | ", step.expected()));
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new StepResult(step, StepResult.Outcome.FAILED, started, clock.instant(), "interrupted");
            }
        }
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static boolean isQuery(String text) {
        return text.regionMatches(true, 0, "SELECT", 0, 6);
    }

    private ActionResult refused(Runbook runbook, String key, Instant started, String action, String detail) {
        append(runbook, action, AuditOutcome.REFUSED, key + ": " + detail);
        return new ActionResult(runbook, ActionResult.Outcome.REFUSED, key, List.of(), started, clock.instant());
    }

    private void append(Runbook runbook, String action, AuditOutcome outcome, String detail) {
        AuditLog log = audit.get();
        if (log != null) {
            log.append(runbook.siteId(), action, runbook.targetId(), outcome, runbook.kind() + " " + detail);
        }
    }

}
