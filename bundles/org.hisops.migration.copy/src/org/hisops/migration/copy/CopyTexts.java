package org.hisops.migration.copy;

import java.util.Locale;

import org.hisops.platform.api.BundleTexts;

/** The copy's codes in the reader's language (notes, reject reasons, problems), for the UI, the CLI and reports. */
public final class CopyTexts {

    private static final BundleTexts TEXTS = BundleTexts.of(CopyTexts.class);

    private CopyTexts() {
    }

    public static String note(Locale locale, MappingNote note) {
        return TEXTS.format(locale, "copy.note." + note.code(), note.arguments().toArray());
    }

    public static String level(Locale locale, MappingNote.Level level) {
        return TEXTS.text(locale, "copy.level." + level.name(), level.name());
    }

    public static String reason(Locale locale, CopyReject reject) {
        return TEXTS.text(locale, "copy.reject." + reject.reason(), reject.reason());
    }

    /** A reason of the preflight to refuse the copy. @since 1.1 */
    public static String refusal(Locale locale, CopyPreflight.Refusal refusal) {
        return TEXTS.format(locale, refusal.code(), refusal.arguments().toArray());
    }

    public static String problem(Locale locale, CopyException problem) {
        return TEXTS.format(locale, problem.code(), problem.arguments().toArray());
    }
}
