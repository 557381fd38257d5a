package org.hisops.dataguard.api;

import java.time.Instant;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where the monitor keeps lag samples and alerts (at least {@link #KEPT} of them), in the installation's embedded
 * store so that they survive a restart. Appending never waits on the store: samples are written in batches off the
 * polling threads.
 */
@ProviderType
public interface LagHistory {

    /** How long samples are kept at least. */
    java.time.Duration KEPT = java.time.Duration.ofHours(24);

    void append(LagSample sample);

    /** A standby's samples taken at or after {@code since}, oldest first. */
    List<LagSample> samples(String standbyId, Instant since);

    /** Drops samples and alerts older than {@code before}. */
    void prune(Instant before);

    /** Keeps an alert. */
    void append(LagAlert alert);

    /** A site's alerts raised at or after {@code since}, newest first. */
    List<LagAlert> alerts(String siteId, Instant since);
}
