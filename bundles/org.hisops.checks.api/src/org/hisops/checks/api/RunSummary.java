package org.hisops.checks.api;

import java.time.Instant;

/** A run as the history lists it. */
public record RunSummary(long runId, String catalogueId, String endpointId, String siteId, String version,
        Instant started, Instant finished, boolean cancelled, Severity highest, int checks, int findings,
        int failed) {
}
