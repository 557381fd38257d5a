package org.hisops.assessment.data.api;

import java.time.Instant;

/** A saved baseline in a list. */
public record BaselineSummary(long id, String endpointId, String name, String serverVersion, boolean emulated,
        Instant from, Instant to) {
}
