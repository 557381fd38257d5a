package org.hisops.inspection.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.inspection.api.InspectionException;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.BundleTexts;

/**
 * This view's texts, then the inspection API's (errors, changes), the check API's (severities, reasons), the
 * database API's (connection problems), then the installed catalogues' and checklist providers' (check titles,
 * finding messages, list names, manual items), found through their classes.
 */
final class Texts {

    private final Locale locale;
    private final List<BundleTexts> chain;

    Texts(Locale locale, List<?> contributors) {
        this.locale = locale;
        List<BundleTexts> c = new ArrayList<>();
        c.add(BundleTexts.of(Texts.class));
        c.add(BundleTexts.of(Inspections.class));
        c.add(BundleTexts.of(Severity.class));
        c.add(BundleTexts.of(DbProblem.class));
        for (Object s : contributors) {
            c.add(BundleTexts.of(s.getClass()));
        }
        this.chain = List.copyOf(c);
    }

    Locale locale() {
        return locale;
    }

    String get(String key) {
        for (BundleTexts t : chain) {
            String v = t.text(locale, key, null);
            if (v != null) {
                return v;
            }
        }
        return key;
    }

    /** A key with MessageFormat arguments; a key no bundle knows is shown as it is. */
    String format(String key, Object... args) {
        String pattern = get(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** A refused or failed inspection action in the user's language, with what to do. */
    String of(InspectionException e) {
        return format(e.key(), e.arguments().toArray());
    }
}
