package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/**
 * A LOB column (PostgreSQL: a table's TOAST storage, column "*").
 *
 * @param segmentBytes the LOB segment (all its partitions)
 * @param indexBytes the LOB index
 */
public record LobVolume(TableName table, String column, String segment, long segmentBytes, long indexBytes) {

    public long totalBytes() {
        return segmentBytes + indexBytes;
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", table.owner()).put("table", table.table()).put("column", column)
                .put("segment", segment).put("segmentBytes", segmentBytes).put("indexBytes", indexBytes);
    }
}
