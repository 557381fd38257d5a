package org.hisops.migration.plans;

import java.util.List;
import java.util.Map;

import org.hisops.db.api.DbVersion;

/**
 * What a plan needs to know of the 10.2 source, read at plan time.
 *
 * @param endpointId the source endpoint
 * @param databaseName V$DATABASE.NAME
 * @param version the server's version
 * @param banner V$VERSION's Oracle line (tells Enterprise Edition)
 * @param platform V$DATABASE.PLATFORM_NAME (RMAN's route needs the same platform)
 * @param currentScn V$DATABASE.CURRENT_SCN when the plan was made (FLASHBACK_SCN)
 * @param archivelog whether LOG_MODE is ARCHIVELOG (an online RMAN backup needs it)
 * @param cpuCount the CPU_COUNT parameter (PARALLEL is not set above it)
 * @param schemas every schema that owns segments, with its volumes
 * @param setParameters the parameters set explicitly (ISDEFAULT = FALSE), name to value
 * @param emulated whether the source is the emulated Oracle (everything read from it is emulated)
 */
public record SourceProfile(String endpointId, String databaseName, DbVersion version, String banner, String platform,
        long currentScn, boolean archivelog, int cpuCount, List<SchemaVolume> schemas, Map<String, String> setParameters,
        boolean emulated) {

    public SourceProfile {
        schemas = List.copyOf(schemas);
        setParameters = Map.copyOf(setParameters);
    }

    /** Parallel Data Pump needs Enterprise Edition; Standard Edition runs one worker. */
    public boolean enterpriseEdition() {
        return banner != null && banner.contains("Enterprise Edition");
    }
}
