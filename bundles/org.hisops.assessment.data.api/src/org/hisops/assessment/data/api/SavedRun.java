package org.hisops.assessment.data.api;

import java.time.Instant;

/** A data assessment saved in the embedded store: when (the server's clock), and the bytes it found. */
public record SavedRun(long id, String endpointId, Instant takenAt, long totalBytes) {
}
