package org.hisops.assessment.report;

import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A DS service that contributes a section to the combined assessment report (`hisops-cli assess`, docs/assessment.md).
 * Called off the UI thread with the run's cancellation; it reads the endpoint (or its stored history) and returns
 * its section, or empty when it does not apply to the endpoint (e.g. an Oracle-only baseline on PostgreSQL).
 */
@ConsumerType
public interface AssessmentSectionProvider {

    /** Sections are ordered by this, lowest first (data 100, performance 200). */
    default int order() {
        return 1000;
    }

    /** What it contributes, in the reader's language (named when it could not be read). */
    String name(java.util.Locale locale);

    Optional<AssessmentSection> section(Endpoint endpoint, Cancellation cancellation) throws DatabaseException;
}
