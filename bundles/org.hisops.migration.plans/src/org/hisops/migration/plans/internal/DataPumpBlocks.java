package org.hisops.migration.plans.internal;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hisops.migration.plans.ExportJob;

/**
 * The PL/SQL blocks HisOps sends to DBMS_DATAPUMP, in named notation with the signatures of the 10.2 package (which
 * 11.2 keeps). Names go into the text as literals (the change session has no binds), so each is checked against
 * Oracle's unquoted identifier rules first and nothing else can reach the block.
 */
final class DataPumpBlocks {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Z][A-Z0-9_$#]{0,29}");
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_.%-]{1,200}");

    private DataPumpBlocks() {
    }

    static boolean identifier(String name) {
        return name != null && IDENTIFIER.matcher(name).matches();
    }

    static boolean fileName(String name) {
        return name != null && FILE.matcher(name).matches() && !name.contains("..");
    }

    /** The names of the job that are not acceptable, empty when all are. */
    static List<String> invalidNames(ExportJob job) {
        java.util.ArrayList<String> bad = new java.util.ArrayList<>();
        if (!identifier(job.jobName())) {
            bad.add(job.jobName());
        }
        if (!identifier(job.directory())) {
            bad.add(job.directory());
        }
        for (String schema : job.schemas()) {
            if (!identifier(schema)) {
                bad.add(schema);
            }
        }
        if (!fileName(job.dumpFile()) || !job.dumpFile().contains("%U")) {
            bad.add(job.dumpFile());
        }
        if (!fileName(job.logFile())) {
            bad.add(job.logFile());
        }
        return bad;
    }

    static String start(ExportJob job) {
        StringBuilder b = new StringBuilder("DECLARE\n  h NUMBER;\nBEGIN\n");
        b.append("  h := DBMS_DATAPUMP.OPEN(operation => 'EXPORT', job_mode => '")
                .append(job.schemas().isEmpty() ? "FULL" : "SCHEMA").append("', job_name => '").append(job.jobName())
                .append("');\n");
        // The log file first, as expdp does: a bad directory is then reported as the log file that cannot be opened.
        b.append("  DBMS_DATAPUMP.ADD_FILE(handle => h, filename => '").append(job.logFile()).append("', directory => '")
                .append(job.directory()).append("', filetype => DBMS_DATAPUMP.KU$_FILE_TYPE_LOG_FILE);\n");
        b.append("  DBMS_DATAPUMP.ADD_FILE(handle => h, filename => '").append(job.dumpFile()).append("', directory => '")
                .append(job.directory()).append("', filesize => '").append(job.fileSizeGigabytes())
                .append("G', filetype => DBMS_DATAPUMP.KU$_FILE_TYPE_DUMP_FILE);\n");
        if (!job.schemas().isEmpty()) {
            b.append("  DBMS_DATAPUMP.METADATA_FILTER(handle => h, name => 'SCHEMA_EXPR', value => 'IN (")
                    .append(String.join(", ", job.schemas().stream().map(s -> "''" + s.toUpperCase(Locale.ROOT) + "''")
                            .toList()))
                    .append(")');\n");
        }
        b.append("  DBMS_DATAPUMP.METADATA_FILTER(handle => h, name => 'EXCLUDE_PATH_EXPR', value => 'IN (''STATISTICS'')');\n");
        if (job.flashbackScn() > 0) {
            b.append("  DBMS_DATAPUMP.SET_PARAMETER(handle => h, name => 'FLASHBACK_SCN', value => ")
                    .append(job.flashbackScn()).append(");\n");
        }
        if (job.parallel() > 1) {
            b.append("  DBMS_DATAPUMP.SET_PARALLEL(handle => h, degree => ").append(job.parallel()).append(");\n");
        }
        b.append("  DBMS_DATAPUMP.START_JOB(handle => h);\n");
        b.append("  DBMS_DATAPUMP.DETACH(handle => h);\nEND;");
        return b.toString();
    }

    static String stop(String owner, String jobName) {
        return "DECLARE\n  h NUMBER;\nBEGIN\n  h := DBMS_DATAPUMP.ATTACH(job_name => '" + jobName + "', job_owner => '"
                + owner + "');\n  DBMS_DATAPUMP.STOP_JOB(handle => h, immediate => 1, keep_master => 0);\nEND;";
    }
}
