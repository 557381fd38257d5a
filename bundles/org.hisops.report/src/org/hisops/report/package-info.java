/**
 * Written reports for people (a drill report, the monthly inspection report): a {@link org.hisops.report.Report}
 * of headings, paragraphs, facts, tables and trend charts, already in the reader's language, rendered by the
 * {@link org.hisops.report.ReportRenderer} service as HTML and as PDF with an embedded CJK font; {@link
 * org.hisops.report.Json} writes results as JSON for machines.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.report;
