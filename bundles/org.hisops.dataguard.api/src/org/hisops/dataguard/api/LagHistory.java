package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Where the monitor keeps lag samples (at least 24 hours of them). */
@ProviderType
public interface LagHistory {

    /** How long samples are kept at least. */
    java.time.Duration KEPT = java.time.Duration.ofHours(24);

    void append(LagSample sample);

    /** A standby's samples taken at or after {@code since}, oldest first. */
    List<LagSample> samples(String standbyId, Instant since);

    /** Drops samples older than {@code before}. */
    void prune(Instant before);
}
