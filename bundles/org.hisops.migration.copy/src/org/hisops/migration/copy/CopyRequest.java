package org.hisops.migration.copy;

import java.util.List;
import java.util.Objects;

/**
 * What to copy.
 *
 * @param sourceEndpointId the source (Oracle, PostgreSQL or KingbaseES), an endpoint of the directory
 * @param sourceSchema the source schema (Oracle: the owner, e.g. {@code HIS})
 * @param tables the source tables to copy; empty for every table of the schema
 * @param targetEndpointId the target (PostgreSQL or KingbaseES)
 * @param targetSchema the target schema, created when absent
 * @param batchRows rows per committed batch (the unit of resumption and of reject isolation)
 * @param workers parallel table workers; 0 chooses the most both endpoints' connection limits allow
 * @param projectId the migration project the run is made for ({@code MigrationProjects}), or {@code null}; the
 *            run and its verification are then noted in the project's runs (since 1.1)
 */
public record CopyRequest(String sourceEndpointId, String sourceSchema, List<String> tables, String targetEndpointId,
        String targetSchema, int batchRows, int workers, String projectId) {

    public static final int DEFAULT_BATCH_ROWS = 50_000;

    public CopyRequest {
        Objects.requireNonNull(sourceEndpointId, "sourceEndpointId");
        Objects.requireNonNull(sourceSchema, "sourceSchema");
        Objects.requireNonNull(targetEndpointId, "targetEndpointId");
        Objects.requireNonNull(targetSchema, "targetSchema");
        tables = tables == null ? List.of() : List.copyOf(tables);
        if (batchRows < 1) {
            throw new IllegalArgumentException("batch rows must be at least 1: " + batchRows);
        }
        if (workers < 0) {
            throw new IllegalArgumentException("workers must not be negative: " + workers);
        }
    }

    /** A request made for no project. */
    public CopyRequest(String sourceEndpointId, String sourceSchema, List<String> tables, String targetEndpointId,
            String targetSchema, int batchRows, int workers) {
        this(sourceEndpointId, sourceSchema, tables, targetEndpointId, targetSchema, batchRows, workers, null);
    }

    /** Every table of a schema, default batches and workers. */
    public static CopyRequest of(String sourceEndpointId, String sourceSchema, String targetEndpointId,
            String targetSchema) {
        return new CopyRequest(sourceEndpointId, sourceSchema, List.of(), targetEndpointId, targetSchema,
                DEFAULT_BATCH_ROWS, 0);
    }

    public CopyRequest withTables(List<String> names) {
        return new CopyRequest(sourceEndpointId, sourceSchema, names, targetEndpointId, targetSchema, batchRows,
                workers, projectId);
    }

    public CopyRequest withBatchRows(int rows) {
        return new CopyRequest(sourceEndpointId, sourceSchema, tables, targetEndpointId, targetSchema, rows, workers,
                projectId);
    }

    public CopyRequest withWorkers(int count) {
        return new CopyRequest(sourceEndpointId, sourceSchema, tables, targetEndpointId, targetSchema, batchRows,
                count, projectId);
    }

    /** The same request made for a migration project (its id). @since 1.1 */
    public CopyRequest withProject(String id) {
        return new CopyRequest(sourceEndpointId, sourceSchema, tables, targetEndpointId, targetSchema, batchRows,
                workers, id);
    }
}
