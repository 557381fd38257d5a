package org.hisops.migration.plans;

import java.time.Instant;

/** A whole plan, made at one moment from one reading of the source. */
public record MigrationPlan(PlanRequest request, SourceProfile source, DataPumpPlan dataPump, RmanPlan rman,
        CutoverRunbook cutover, Instant created) {
}
