package org.hisops.inspection.api;

import java.time.Instant;

import org.hisops.checks.api.CheckResult;

/**
 * A check's result on one endpoint of a run, as saved the moment it finished.
 *
 * @param endpointId the endpoint it ran on
 * @param catalogueId the catalogue of the check
 * @param result the result, findings included
 * @param finished when it was saved
 */
public record CheckOutcome(String endpointId, String catalogueId, CheckResult result, Instant finished) {
}
