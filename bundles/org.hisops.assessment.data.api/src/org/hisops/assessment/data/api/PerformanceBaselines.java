package org.hisops.assessment.data.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.report.Report;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Performance baselines of an endpoint: snapshots of the cumulative statistics (Oracle: V$SYSSTAT, V$SYSTEM_EVENT,
 * V$SQLAREA, V$OSSTAT, V$SGA, V$PGASTAT, Statspack's snapshot list when installed, AWR's only with the Diagnostics
 * Pack declared; PostgreSQL: pg_stat_database and pg_stat_statements when installed), kept in the embedded store;
 * a baseline is the interval between two snapshots (or since the instance started); two baselines compare. Calls
 * block: never on the UI thread.
 */
@ProviderType
public interface PerformanceBaselines {

    /** Takes one snapshot and saves it. */
    Snapshot snapshot(Endpoint endpoint, Cancellation cancellation) throws DatabaseException;

    /**
     * Takes a baseline: a snapshot, a wait of {@code interval} (cancellable), a second snapshot, saved under
     * {@code name}. A zero interval takes one snapshot and measures since the instance started.
     */
    Baseline take(Endpoint endpoint, String name, Duration interval, Progress progress, Cancellation cancellation)
            throws DatabaseException, InterruptedException;

    /** Saved baselines, newest first; all endpoints when {@code endpointId} is {@code null}. */
    List<BaselineSummary> list(String endpointId);

    Optional<Baseline> load(long baselineId);

    /**
     * Compares two baselines (e.g. 10.2 before the upgrade, 11.2 after): load profile and waits per second, and the
     * statements whose elapsed time per execution rose by more than {@code thresholdPercent} (same SQL_ID /
     * queryid, else the same normalised text), worst first.
     */
    BaselineComparison compare(Baseline before, Baseline after, double thresholdPercent);

    /** Adds a baseline as a report section. */
    void appendTo(Report.Builder report, Baseline baseline, Locale locale);

    /** Adds a comparison as a report section (regressed SQL first). */
    void appendTo(Report.Builder report, BaselineComparison comparison, Locale locale);

    /** Told as a baseline is taken. */
    interface Progress {
        /** {@code step} is "first", "waiting" (with the seconds left), "second" or "saved". */
        void step(String step, long secondsLeft);
    }
}
