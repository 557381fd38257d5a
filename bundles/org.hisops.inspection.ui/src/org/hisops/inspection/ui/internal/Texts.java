package org.hisops.inspection.ui.internal;

import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.TextChain;

/**
 * This view's texts, then the inspection API's (errors, changes), the check API's (severities, reasons), the
 * database API's (connection problems), then the installed catalogues' and checklist providers' (check titles,
 * finding messages, list names, manual items), found through their classes.
 */
final class Texts {

    private final TextChain chain;

    Texts(Locale locale, List<?> contributors) {
        List<Object> owners = new java.util.ArrayList<>(List.of(Texts.class, Inspections.class, Severity.class,
                DbProblem.class));
        owners.addAll(contributors);
        this.chain = TextChain.of(locale, owners);
    }

    Locale locale() {
        return chain.locale();
    }

    String get(String key) {
        return chain.get(key);
    }

    /** A key with MessageFormat arguments; a key no bundle knows is shown as it is. */
    String format(String key, Object... args) {
        return chain.format(key, args);
    }

    /** A refused or failed inspection action in the user's language, with what to do. */
    String of(InspectionException e) {
        return format(e.key(), e.arguments().toArray());
    }
}
