package org.hisops.migration.plans.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.hisops.migration.plans.MigrationPlans;
import org.hisops.platform.api.BundleTexts;

/** This view's texts, then those of the plans bundle (step, actor, go/no-go and preflight keys). */
final class Texts {

    private final Locale locale;
    private final List<BundleTexts> chain = List.of(BundleTexts.of(Texts.class), BundleTexts.of(MigrationPlans.class));

    Texts(Locale locale) {
        this.locale = locale;
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

    String format(String key, Object... args) {
        String pattern = get(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
