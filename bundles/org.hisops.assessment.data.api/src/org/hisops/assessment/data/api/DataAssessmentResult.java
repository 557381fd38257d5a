package org.hisops.assessment.data.api;

import java.time.Instant;
import java.util.List;

import org.hisops.db.api.Engine;
import org.hisops.report.Json;

/**
 * One data assessment of an endpoint.
 *
 * @param endpointId the endpoint
 * @param engine its engine
 * @param serverVersion the version the server reported
 * @param emulated whether the figures come from the Oracle stand-in (emulated), not a real server
 * @param takenAt the server's clock when the assessment was read
 * @param runId the saved run in the embedded store, 0 when it could not be saved
 * @param tables every table of the assessed schemas with its segments, largest first
 * @param schemas the schemas, largest first
 * @param lobs LOB columns with their segment and LOB index, largest first
 * @param partitioned partitioned tables
 * @param statistics tables whose statistics are stale, old or missing
 * @param growth growth per schema and of the largest tables, empty when no history exists
 * @param growthSource where the growth comes from
 * @param estimate the Data Pump duration estimate
 * @param notes codes of what could not be read or is assumed (translated by the reader: {@code note.<code>})
 */
public record DataAssessmentResult(String endpointId, Engine engine, String serverVersion, boolean emulated,
        Instant takenAt, long runId, List<TableVolume> tables, List<SchemaVolume> schemas, List<LobVolume> lobs,
        List<PartitionedTable> partitioned, List<TableStatistics> statistics, List<Growth> growth,
        GrowthSource growthSource, DataPumpEstimate estimate, List<String> notes) {

    public DataAssessmentResult {
        tables = List.copyOf(tables);
        schemas = List.copyOf(schemas);
        lobs = List.copyOf(lobs);
        partitioned = List.copyOf(partitioned);
        statistics = List.copyOf(statistics);
        growth = List.copyOf(growth);
        notes = List.copyOf(notes);
    }

    /** Where growth figures come from. */
    public enum GrowthSource {
        /** AWR's DBA_HIST_SEG_STAT (the site declared the Diagnostics Pack). */
        AWR,
        /** HisOps' own saved segment sizes of two or more assessments. */
        HISOPS_RUNS,
        /** Neither: one assessment only and no AWR. */
        NONE
    }

    /** The {@code top} largest tables. */
    public List<TableVolume> largest(int top) {
        return tables.subList(0, Math.min(top, tables.size()));
    }

    public long totalBytes() {
        return schemas.stream().mapToLong(SchemaVolume::totalBytes).sum();
    }

    public Json.Obj toJson() {
        return Json.object().put("kind", "data-assessment").put("endpoint", endpointId).put("engine", engine)
                .put("serverVersion", serverVersion).put("emulated", emulated).put("takenAt", takenAt)
                .put("runId", runId).put("totalBytes", totalBytes())
                .list("schemas", schemas, SchemaVolume::toJson).list("tables", tables, TableVolume::toJson)
                .list("lobs", lobs, LobVolume::toJson).list("partitioned", partitioned, PartitionedTable::toJson)
                .list("statistics", statistics, TableStatistics::toJson).put("growthSource", growthSource)
                .list("growth", growth, Growth::toJson).put("dataPump", estimate.toJson()).put("notes", notes);
    }
}
