package org.hisops.dataguard.api;

import java.time.Instant;

/**
 * How one runbook step went.
 *
 * @param step the step
 * @param outcome done, failed, skipped (a server step left to the DBA) or cancelled (not started)
 * @param started when it started
 * @param finished when it ended
 * @param detail the server's error or the check's answer; never a password
 * @since 1.1
 */
public record StepResult(RunbookStep step, Outcome outcome, Instant started, Instant finished, String detail) {

    public enum Outcome {
        DONE, FAILED, SKIPPED, CANCELLED
    }
}
