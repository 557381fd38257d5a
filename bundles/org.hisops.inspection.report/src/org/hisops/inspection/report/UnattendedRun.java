package org.hisops.inspection.report;

import java.nio.file.Path;
import java.util.List;

import org.hisops.checks.api.Severity;

/**
 * What a scheduled run did.
 *
 * @param runId the saved run
 * @param highest the highest severity found, {@code null} when nothing was found
 * @param failedChecks checks that could not run (an endpoint down, a refused statement)
 * @param endpoints the endpoints the list ran on
 * @param files the report files written
 */
public record UnattendedRun(long runId, Severity highest, int failedChecks, int endpoints, List<Path> files) {

    public UnattendedRun {
        files = List.copyOf(files);
    }

    /**
     * The exit code for a scheduler: 0 nothing above INFO, 1 RECOMMEND, 2 WARNING, 3 ERROR; a check that could not
     * run counts as an ERROR (the inspection is incomplete), and so does a list with no endpoint to run on.
     */
    public int exitCode() {
        if (failedChecks > 0 || endpoints == 0) {
            return 3;
        }
        if (highest == null) {
            return 0;
        }
        return switch (highest) {
        case INFO -> 0;
        case RECOMMEND -> 1;
        case WARNING -> 2;
        case ERROR -> 3;
        };
    }
}
