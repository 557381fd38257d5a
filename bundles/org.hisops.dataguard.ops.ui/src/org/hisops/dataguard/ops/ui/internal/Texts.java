package org.hisops.dataguard.ops.ui.internal;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.BundleTexts;

/**
 * This view's texts, then those of the bundles whose codes it shows: the actions' core (action, step, drill keys)
 * and the monitor's core (readiness and reason keys), found through the classes of their services.
 */
final class Texts {

    private final Locale locale;
    private final List<BundleTexts> chain;

    Texts(Locale locale, Object... services) {
        this.locale = locale;
        java.util.ArrayList<BundleTexts> c = new java.util.ArrayList<>();
        c.add(BundleTexts.of(Texts.class));
        for (Object s : services) {
            c.add(BundleTexts.of(s.getClass()));
        }
        this.chain = List.copyOf(c);
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

    /** A reason or readiness key with its arguments; a key no bundle knows is shown as it is. */
    String reason(String key, Object... args) {
        return format(key, args);
    }
}
