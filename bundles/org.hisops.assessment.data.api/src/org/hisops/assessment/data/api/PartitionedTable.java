package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * A partitioned table.
 *
 * @param type the partitioning method (RANGE, LIST, HASH, ...; PostgreSQL: r, l, h as pg_partitioned_table keeps it,
 *            spelt out)
 * @param subpartitionType the subpartitioning method, NONE when not composite
 * @param partitions partitions the dictionary lists
 * @param subpartitions subpartitions (Oracle: the subpartition segments found)
 * @param bytes all its table segments
 */
public record PartitionedTable(TableName table, String type, String subpartitionType, int partitions,
        int subpartitions, long bytes) {

    public Json.Obj toJson() {
        return Json.object().put("owner", table.owner()).put("table", table.table()).put("type", type)
                .put("subpartitionType", subpartitionType).put("partitions", partitions)
                .put("subpartitions", subpartitions).put("bytes", bytes);
    }
}
