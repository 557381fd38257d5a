package org.hisops.dataguard.api;

import java.util.List;

/**
 * What a drill does.
 *
 * @param siteId the site
 * @param standbyId the standby that takes over
 * @param kind what is rehearsed
 * @param keyTables tables ({@code schema.table}) whose row counts are compared before and after
 * @param confirmation the database name, typed by the user (as for the promotion itself)
 * @param writeLoad whether HisOps commits numbered transactions on the primary during the drill, to count the
 *        committed transactions lost (RPO)
 * @since 1.1
 */
public record DrillPlan(String siteId, String standbyId, DrillKind kind, List<String> keyTables, String confirmation,
        boolean writeLoad) {

    public DrillPlan {
        keyTables = List.copyOf(keyTables);
    }
}
