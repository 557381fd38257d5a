package org.hisops.migration.plans;

import java.util.List;
import java.util.Map;

/**
 * What the DBA asks for.
 *
 * @param siteId the site (its settings hold the throughput figures)
 * @param sourceEndpointId the 10.2 source
 * @param schemas the schemas to move, upper case; empty means FULL=Y
 * @param directory the directory object for dump and log files (DATA_PUMP_DIR by default)
 * @param networkLink a database link on the 11.2 target to the source, or null for a dump-file route
 * @param remapSchemas source schema to target schema (REMAP_SCHEMA), may be empty
 * @param remapTablespaces source tablespace to target tablespace (REMAP_TABLESPACE), may be empty
 * @param parallel the degree wanted, or 0 to let the plan choose (at most CPU_COUNT, 1 without Enterprise Edition)
 * @param fileSizeGigabytes FILESIZE of each dump file, in GB
 */
public record PlanRequest(String siteId, String sourceEndpointId, List<String> schemas, String directory,
        String networkLink, Map<String, String> remapSchemas, Map<String, String> remapTablespaces, int parallel,
        int fileSizeGigabytes) {

    public static final String DEFAULT_DIRECTORY = "DATA_PUMP_DIR";

    public PlanRequest {
        schemas = List.copyOf(schemas);
        remapSchemas = Map.copyOf(remapSchemas);
        remapTablespaces = Map.copyOf(remapTablespaces);
        directory = directory == null || directory.isBlank() ? DEFAULT_DIRECTORY : directory;
        networkLink = networkLink == null || networkLink.isBlank() ? null : networkLink;
        fileSizeGigabytes = fileSizeGigabytes <= 0 ? 4 : fileSizeGigabytes;
    }

    /** A plan for schemas with the defaults. */
    public static PlanRequest of(String siteId, String sourceEndpointId, List<String> schemas, String networkLink) {
        return new PlanRequest(siteId, sourceEndpointId, schemas, null, networkLink, Map.of(), Map.of(), 0, 4);
    }

    public boolean full() {
        return schemas.isEmpty();
    }
}
