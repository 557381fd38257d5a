package org.hisops.assessment.report;

import java.util.Locale;

import org.hisops.report.Json;
import org.hisops.report.Report;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A section that another capability adds to the combined assessment report of an endpoint (the extension point for
 * the data assessment and the performance baseline): its part of the document and of the JSON, already gathered.
 * See {@link AssessmentSectionProvider}.
 */
@ConsumerType
public interface AssessmentSection {

    /** Stable id, also the JSON section's {@code id}, e.g. {@code data} or {@code performance}. */
    String id();

    /** The section's heading in the reader's language. */
    String title(Locale locale);

    /** Appends the section: its own headings, facts, paragraphs and tables. */
    void addTo(Report.Builder report, Locale locale);

    /** The section's JSON, written as the {@code content} of its entry in the combined report's {@code sections}. */
    Json.Obj json(Locale locale);
}
