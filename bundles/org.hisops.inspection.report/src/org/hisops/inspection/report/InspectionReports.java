package org.hisops.inspection.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.hisops.db.api.Cancellation;
import org.hisops.inspection.api.InspectionException;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.report.Report;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Monthly inspection reports and unattended runs. Every method reads the store and may reach databases: never call
 * it on the UI thread.
 */
@ProviderType
public interface InspectionReports {

    /** The language of a report when none is asked for: the hospital's. */
    Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    /**
     * Conclusions and recommendations drafted from the run: what was found (highest first), how it moved since the
     * previous month, the manual items that failed, and what to do; the inspector edits the text and saves it with
     * {@code Inspections.saveConclusions}.
     */
    String draftConclusions(long runId, Locale locale) throws InspectionException;

    /**
     * The run's monthly report in {@code locale}: the saved conclusions when there are some, else the draft (marked
     * as such).
     */
    Report monthlyReport(long runId, Locale locale) throws InspectionException;

    /**
     * Writes the run's report into {@code folder} in the given formats; returns the files written.
     *
     * @throws IOException when a file cannot be written or no font covers the report's characters
     *         ({@code org.hisops.report.ReportException})
     */
    java.util.List<Path> write(long runId, Locale locale, Set<Format> formats, Path folder)
            throws InspectionException, IOException;

    /**
     * A scheduled, unattended run, refused when the inspection capability is switched off for the site: starts the list on the site's endpoints of the list's engines, runs its checks,
     * and writes the report. Manual items stay unanswered (the report says so).
     */
    UnattendedRun runUnattended(UnattendedRequest request, Cancellation cancellation)
            throws InspectionException, IOException, CapabilityRefusedException;

    /** A report's file format. */
    enum Format {
        PDF, HTML
    }
}
