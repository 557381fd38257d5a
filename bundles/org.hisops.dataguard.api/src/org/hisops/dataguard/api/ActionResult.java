package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;

/**
 * How an action ended.
 *
 * @param runbook what was asked
 * @param outcome done, refused before any step, failed in a step, or cancelled between steps
 * @param refusalKey when refused: translation key of why ({@code action.refused.role}, {@code .confirmation},
 *        {@code .readiness}, {@code .engine}); otherwise {@code null}
 * @param steps every step's result, in order
 * @param started when it started
 * @param finished when it ended
 * @since 1.1
 */
public record ActionResult(Runbook runbook, Outcome outcome, String refusalKey, List<StepResult> steps,
        Instant started, Instant finished) {

    public enum Outcome {
        DONE, REFUSED, FAILED, CANCELLED
    }

    public ActionResult {
        steps = List.copyOf(steps);
    }

    public boolean done() {
        return outcome == Outcome.DONE;
    }
}
