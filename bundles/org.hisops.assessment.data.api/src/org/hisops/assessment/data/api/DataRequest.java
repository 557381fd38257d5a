package org.hisops.assessment.data.api;

import java.util.List;

/**
 * What to assess.
 *
 * @param schemas the schemas (Oracle owners, PostgreSQL schemas) to assess, upper or lower case as the server keeps
 *            them; empty: every schema except those the engine maintains itself (SYS, SYSTEM, ... / pg_catalog, ...)
 * @param top how many of the largest tables to list
 * @param staleDays statistics analysed longer ago than this are old
 */
public record DataRequest(List<String> schemas, int top, int staleDays) {

    public static final int DEFAULT_TOP = 20;
    public static final int DEFAULT_STALE_DAYS = 30;

    public DataRequest {
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        if (top < 1 || staleDays < 1) {
            throw new IllegalArgumentException("top and staleDays must be at least 1");
        }
    }

    /** Every application schema, the default top and age. */
    public static DataRequest all() {
        return new DataRequest(List.of(), DEFAULT_TOP, DEFAULT_STALE_DAYS);
    }
}
