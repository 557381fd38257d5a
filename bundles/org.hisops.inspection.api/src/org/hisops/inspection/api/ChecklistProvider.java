package org.hisops.inspection.api;

import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.BundleTexts;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Checklists contributed as a DS service; HisOps registers its own and a vendor bundle adds more. Texts (list names,
 * manual items) are keys of the providing bundle's {@code OSGI-INF/l10n} files.
 */
@ConsumerType
public interface ChecklistProvider {

    /** Unique, dotted, e.g. {@code org.hisops.inspection}. */
    String id();

    List<Checklist> checklists();

    /**
     * Lists the provider could not read (a malformed file), each as a code of this API's bundle with arguments, so
     * the administrator sees what to fix; empty when all were read.
     */
    default List<ChecklistProblem> problems() {
        return List.of();
    }

    default String text(Locale locale, String key, Object... arguments) {
        return BundleTexts.of(getClass()).format(locale, key, arguments);
    }
}
