/**
 * Assessment reports without a display: a check run and its comparison with an earlier run, a heterogeneous
 * assessment, and the combined report of an endpoint, as {@link org.hisops.report.Report} (HTML, PDF) and as JSON
 * of the documented schemas (docs/assessment.md). Used by the views, the command line and headless agents alike.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.hisops.assessment.report;
