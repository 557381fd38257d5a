package org.hisops.platform.api;

import java.util.Locale;

/**
 * A hospital site (a campus or a managed branch) whose databases HisOps looks after.
 *
 * @param id stable id
 * @param name the name an administrator gave it, or {@code null} for a built-in site named by {@code nameKey}
 * @param nameKey translation key of a built-in site's name in the platform's texts, or {@code null}
 */
public record Site(String id, String name, String nameKey) {

    /** Id of the demo site that a fresh installation starts on. */
    public static final String DEMO_ID = "demo";

    /** The name to show in the given locale. */
    public String displayName(Locale locale) {
        if (nameKey != null) {
            return BundleTexts.of(Site.class).text(locale, nameKey, id);
        }
        return name == null ? id : name;
    }
}
