package org.hisops.migration.plans;

/**
 * One schema's segments by kind, from DBA_SEGMENTS.
 *
 * @param schema the owner
 * @param tableBytes TABLE, TABLE PARTITION, TABLE SUBPARTITION, NESTED TABLE, CLUSTER segments
 * @param lobBytes LOBSEGMENT, LOB PARTITION, LOB SUBPARTITION segments
 * @param indexBytes INDEX, INDEX PARTITION, INDEX SUBPARTITION, LOBINDEX segments (rebuilt by import, not exported)
 * @param otherBytes anything else (rollback, type2 undo, ...)
 */
public record SchemaVolume(String schema, long tableBytes, long lobBytes, long indexBytes, long otherBytes) {

    /** What Data Pump writes for the schema's rows: tables and LOBs, as its BLOCKS estimate counts them. */
    public long dataBytes() {
        return tableBytes + lobBytes;
    }
}
