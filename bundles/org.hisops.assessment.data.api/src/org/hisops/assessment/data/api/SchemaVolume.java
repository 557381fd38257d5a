package org.hisops.assessment.data.api;

import org.hisops.report.Json;

/** A schema's tables and segments summed. */
public record SchemaVolume(String owner, int tables, long tableBytes, long indexBytes, long lobBytes) {

    public long totalBytes() {
        return tableBytes + indexBytes + lobBytes;
    }

    public Json.Obj toJson() {
        return Json.object().put("owner", owner).put("tables", tables).put("tableBytes", tableBytes)
                .put("indexBytes", indexBytes).put("lobBytes", lobBytes).put("totalBytes", totalBytes());
    }
}
