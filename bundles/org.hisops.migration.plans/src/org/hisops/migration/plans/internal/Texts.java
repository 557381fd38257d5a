package org.hisops.migration.plans.internal;

import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.BundleTexts;

/** This bundle's texts; generated Oracle files carry their comments in English (servers' parfiles are ASCII). */
final class Texts {

    private static final BundleTexts TEXTS = BundleTexts.of(Texts.class);

    private Texts() {
    }

    static String get(Locale locale, String key, List<String> arguments) {
        return TEXTS.format(locale, key, arguments.toArray());
    }

    static String get(Locale locale, String key, Object... arguments) {
        return TEXTS.format(locale, key, arguments);
    }
}
