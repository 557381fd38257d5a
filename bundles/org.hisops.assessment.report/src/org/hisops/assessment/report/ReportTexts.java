package org.hisops.assessment.report;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.platform.api.BundleTexts;

/**
 * The texts a report is written in, looked up in a chain of bundles: the caller's own (a view), this bundle's, the
 * check API's (severity and status keys), then those of the objects given (check catalogues, the heterogeneous
 * assessor), found through their classes. A key no bundle knows is shown as it is.
 */
public final class ReportTexts {

    private final Locale locale;
    private final List<BundleTexts> chain;

    private ReportTexts(Locale locale, List<BundleTexts> chain) {
        this.locale = locale;
        this.chain = List.copyOf(chain);
    }

    /**
     * @param locale the reader's language
     * @param first the class whose bundle is asked first (a view's own texts), or {@code null}
     * @param owners objects whose bundles are asked after this one and the check API's, in order
     */
    public static ReportTexts of(Locale locale, Class<?> first, List<?> owners) {
        List<BundleTexts> c = new ArrayList<>();
        if (first != null) {
            c.add(BundleTexts.of(first));
        }
        c.add(BundleTexts.of(ReportTexts.class));
        c.add(BundleTexts.of(Severity.class));
        for (Object o : owners) {
            c.add(BundleTexts.of(o instanceof Class<?> type ? type : o.getClass()));
        }
        return new ReportTexts(locale, c);
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
