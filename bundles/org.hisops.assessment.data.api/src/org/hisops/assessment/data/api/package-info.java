/**
 * Data assessment and performance baselines (issue 7 items 3 and 4), headless: the {@link DataAssessment} service
 * (segment volumes per schema and table, row counts from statistics and exact on request, LOBs, partitions, growth,
 * statistics freshness, a Data Pump duration estimate) and the {@link PerformanceBaselines} service (snapshots of
 * V$ views or PostgreSQL's statistics views, baselines of two snapshots, before/after comparison with regressed SQL).
 * Results are records that render into an {@code org.hisops.report} section ({@code appendTo}) and into JSON
 * ({@code toJson}), so the combined assessment report and the command line include them.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.assessment.data.api;
