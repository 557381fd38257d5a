/**
 * The written inspection report (巡检报告): {@link org.hisops.inspection.report.InspectionReports} builds a run's
 * monthly report (scope, observations by severity and endpoint, the comparison with the previous month, trend charts
 * from the runs' measurements, the manual items, conclusions and recommendations the inspector edits, the sign-off)
 * as an {@code org.hisops.report} report, Chinese by default, and runs a site's list unattended for scheduled runs.
 * Headless: used by the Inspection view and the command line alike.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.inspection.report;
