/**
 * Oracle -> Oracle migration plans (10.2 -> 11.2): the source's volumes ({@link SourceProfile}), generated Data Pump
 * parameter files with an estimate ({@link DataPumpPlan}), the RMAN physical route ({@link RmanPlan}), the cut-over
 * runbook with go/no-go ({@link CutoverRunbook}), all from {@link MigrationPlans}; and Data Pump jobs started and
 * followed through DBMS_DATAPUMP as an administrator's action ({@link DataPumpJobs}).
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.migration.plans;
