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
}
