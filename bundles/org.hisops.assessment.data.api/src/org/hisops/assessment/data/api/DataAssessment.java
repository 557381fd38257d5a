package org.hisops.assessment.data.api;

import java.util.List;
import java.util.Locale;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.report.Report;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Data assessment of one endpoint (Oracle 10.2/11.2, PostgreSQL/KingbaseES): what is stored where, how much, how
 * fresh its statistics are and how long a Data Pump export of it would take. Calls block: never on the UI thread.
 */
@ProviderType
public interface DataAssessment {

    /** Site setting: "true" when the site holds the Oracle Diagnostics Pack licence (AWR may be read). Default false. */
    String DIAGNOSTICS_PACK_SETTING = "org.hisops.assessment.data.diagnostics-pack";

    /** Site setting: the Data Pump throughput this site measured or assumes, in GB per hour. */
    String DATAPUMP_THROUGHPUT_SETTING = "org.hisops.assessment.data.datapump.gb-per-hour";

    /** The throughput assumed when the site sets none: one expdp worker writing to local disk, in GB per hour. */
    double DEFAULT_DATAPUMP_GB_PER_HOUR = 30.0;

    /**
     * Reads the dictionary (Oracle: DBA_SEGMENTS, DBA_LOBS, DBA_TAB_STATISTICS, DBA_PART_TABLES; PostgreSQL:
     * pg_class and the statistics views), saves the segment sizes in the embedded store for growth, and returns the
     * assessment. Never counts rows exactly: that is {@link #countRows}.
     */
    DataAssessmentResult assess(Endpoint endpoint, DataRequest request, Cancellation cancellation)
            throws DatabaseException;

    /**
     * {@code SELECT COUNT(*)} of each named table, one after the other, each cancelled after
     * {@code timeoutSeconds} (and by {@code cancellation}); a table that timed out or failed does not stop the others.
     * Only tables the dictionary lists are counted (a name it does not know is reported, not sent).
     */
    List<ExactCount> countRows(Endpoint endpoint, List<TableName> tables, int timeoutSeconds, CountProgress progress,
            Cancellation cancellation) throws DatabaseException;

    /** The saved assessments of an endpoint, newest first (time, total bytes). */
    List<SavedRun> history(String endpointId);

    /** Adds the assessment as a report section (headings, facts, tables) in {@code locale}. */
    void appendTo(Report.Builder report, DataAssessmentResult result, Locale locale);

    /** Told after each counted table. */
    interface CountProgress {
        void counted(ExactCount count, int done, int total);
    }
}
