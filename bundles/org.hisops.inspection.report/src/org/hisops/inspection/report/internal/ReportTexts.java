package org.hisops.inspection.report.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.db.api.DbProblem;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.BundleTexts;

/**
 * The report's texts in one language: this bundle's, then the inspection API's (changes, errors, manual failures),
 * the check API's (severities, reasons), the database API's (problems), then those of the installed catalogues and
 * checklist providers (check titles, finding messages, manual items), found through their classes.
 */
final class ReportTexts {

    private final Locale locale;
    private final List<BundleTexts> chain;

    ReportTexts(Locale locale, List<?> contributors) {
        this.locale = locale;
        List<BundleTexts> c = new ArrayList<>();
        c.add(BundleTexts.of(ReportTexts.class));
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
}
