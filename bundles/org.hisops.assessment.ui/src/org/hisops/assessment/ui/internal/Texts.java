package org.hisops.assessment.ui.internal;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.platform.api.BundleTexts;

/**
 * This view's texts, then the check API's (severity, status, not-applicable and fixup-refusal keys), then those of
 * the installed catalogues (check titles, categories, finding messages), found through their classes.
 */
final class Texts {

    private final Locale locale;
    private final List<BundleTexts> chain;

    Texts(Locale locale, List<?> catalogues) {
        this.locale = locale;
        List<BundleTexts> c = new ArrayList<>();
        c.add(BundleTexts.of(Texts.class));
        c.add(BundleTexts.of(Severity.class));
        for (Object s : catalogues) {
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
