package org.hisops.assessment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.Severity;
import org.hisops.platform.api.TextChain;

/**
 * The texts a report is written in, looked up in a chain of bundles: the caller's own (a view), this bundle's, the
 * check API's (severity and status keys), then those of the objects given (check catalogues, the heterogeneous
 * assessor), found through their classes. A key no bundle knows is shown as it is.
 */
public final class ReportTexts {

    private final TextChain chain;

    private ReportTexts(TextChain chain) {
        this.chain = chain;
    }

    /**
     * @param locale the reader's language
     * @param first the class whose bundle is asked first (a view's own texts), or {@code null}
     * @param owners objects whose bundles are asked after this one and the check API's, in order
     */
    public static ReportTexts of(Locale locale, Class<?> first, List<?> owners) {
        List<Object> c = new ArrayList<>();
        if (first != null) {
            c.add(first);
        }
        c.add(ReportTexts.class);
        c.add(Severity.class);
        c.addAll(owners);
        return new ReportTexts(TextChain.of(locale, c));
    }

    public Locale locale() {
        return chain.locale();
    }

    /** The text of {@code key}, or the key itself. */
    public String get(String key) {
        return chain.get(key);
    }

    /** A key with MessageFormat arguments. */
    public String format(String key, Object... args) {
        return chain.format(key, args);
    }
}
