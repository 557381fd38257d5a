package org.hisops.inspection.report.internal;

import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.TextChain;

/**
 * The report's texts in one language: this bundle's, then the inspection API's (changes, errors, manual failures),
 * the check API's (severities, reasons), the database API's (problems), then those of the installed catalogues and
 * checklist providers (check titles, finding messages, manual items), found through their classes.
 */
final class ReportTexts {

    private ReportTexts() {
    }

    static TextChain of(Locale locale, List<?> contributors) {
        List<Object> owners = new java.util.ArrayList<>(List.of(ReportTexts.class, Inspections.class, Severity.class,
                DbProblem.class));
        owners.addAll(contributors);
        return TextChain.of(locale, owners);
    }
}
