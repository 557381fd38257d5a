package org.hisops.migration.plans;

import java.util.List;

/**
 * An export HisOps starts through DBMS_DATAPUMP on the source.
 *
 * @param siteId the site (audit)
 * @param endpointId the source endpoint; the job runs as its user
 * @param jobName the job's name (30 characters at most, upper case)
 * @param schemas the schemas (SCHEMA mode); empty for FULL mode
 * @param directory the directory object
 * @param dumpFile the dump file template, with %U
 * @param logFile the log file
 * @param fileSizeGigabytes FILESIZE of each dump file
 * @param flashbackScn the consistent point (0 for none)
 * @param parallel the degree
 */
public record ExportJob(String siteId, String endpointId, String jobName, List<String> schemas, String directory,
        String dumpFile, String logFile, int fileSizeGigabytes, long flashbackScn, int parallel) {

    public ExportJob {
        schemas = List.copyOf(schemas);
    }
}
