package org.hisops.platform.api;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Texts in one language looked up in a chain of bundles, first match wins: a view or report that shows keys of
 * several bundles (its own, an API's severities and problems, the installed catalogues' check titles) asks them in
 * order. A key no bundle knows is shown as it is.
 */
public final class TextChain {

    private final Locale locale;
    private final List<BundleTexts> chain;

    private TextChain(Locale locale, List<BundleTexts> chain) {
        this.locale = locale;
        this.chain = List.copyOf(chain);
    }

    /**
     * @param owners in the order they are asked: classes, or objects whose classes' bundles hold the texts
     */
    public static TextChain of(Locale locale, List<?> owners) {
        List<BundleTexts> c = new ArrayList<>();
        for (Object o : owners) {
            c.add(BundleTexts.of(o instanceof Class<?> type ? type : o.getClass()));
        }
        return new TextChain(locale, c);
    }

    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, or the key itself. */
    public String get(String key) {
        for (BundleTexts t : chain) {
            String v = t.text(locale, key, null);
            if (v != null) {
                return v;
            }
        }
        return key;
    }

    /** A key with MessageFormat arguments. */
    public String format(String key, Object... args) {
        String pattern = get(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
