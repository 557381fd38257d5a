package org.hisops.dataguard.api;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Recorded drills: the failure, the failover through {@link DataGuardActions}, the data check, the measured RTO
 * and RPO, saved in the installation's store and printed as a report. Never on the UI thread.
 *
 * @since 1.1
 */
@ProviderType
public interface Drills {

    /** Report formats. */
    enum Format {
        HTML, PDF
    }

    /**
     * Runs a drill (administrator only, like the promotion it includes) and saves it, whatever the outcome.
     *
     * @param failure brings about the failure; for a planned switchover it stops the primary cleanly
     */
    DrillRecord run(DrillPlan plan, DrillFailure failure, ActionProgress progress, Cancellation cancellation);

    /** The site's drills, newest first. */
    List<DrillRecord> history(String siteId);

    Optional<DrillRecord> find(String drillId);

    /** Writes a drill's report in {@code locale}'s language. */
    void report(DrillRecord drill, Format format, Locale locale, OutputStream out) throws IOException;
}
