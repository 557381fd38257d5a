package org.hisops.checks.api;

import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.BundleTexts;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A set of checks contributed as a DS service; a vendor bundle registers its own. Texts (titles, descriptions,
 * recommendations, finding messages, categories) are keys of the providing bundle's {@code OSGI-INF/l10n} files,
 * read by {@link #text}.
 */
@ConsumerType
public interface CheckCatalogue {

    /** Service property naming the catalogue (optional, for filters and failure messages). */
    String ID_PROPERTY = "hisops.catalogue.id";

    /** Unique, dotted, e.g. {@code oracle.upgrade.11.2}. */
    String id();

    /** Translation key of the catalogue's name. */
    default String nameKey() {
        return "catalogue." + id() + ".name";
    }

    List<Check> checks();

    /** Lists of checks by stage (inspection); none by default. */
    default List<CheckList> lists() {
        return List.of();
    }

    /** A text of the catalogue's bundle in the reader's language, MessageFormat arguments filled in. */
    default String text(Locale locale, String key, Object... arguments) {
        return BundleTexts.of(getClass()).format(locale, key, arguments);
    }

    /** A finding's message in the reader's language. */
    default String message(Locale locale, Finding finding) {
        return text(locale, finding.messageKey(), finding.arguments().toArray());
    }
}
