package org.hisops.platform.api;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Each site's own settings: the hospital's name on reports, refresh intervals, alert thresholds... Keys are chosen
 * by the capability that owns them, prefixed with its id ({@code org.hisops.dataguard.refresh.seconds}); values are
 * strings, kept in plain text and written to the audit log, so never a password (those belong in secure storage).
 * Kept with the site and deleted with it. Changing a setting needs the administrator role and is audited.
 * Provided by the platform.
 */
@ProviderType
public interface SiteSettings {

    /** The setting, if the site has it. */
    Optional<String> get(String siteId, String key);

    /** The setting, or {@code fallback}. */
    default String get(String siteId, String key, String fallback) {
        return get(siteId, key).orElse(fallback);
    }

    /** All settings of a site, by key. */
    Map<String, String> all(String siteId);

    /** Sets ({@code value} non-null) or removes ({@code null}) a setting; an unknown site is an IllegalArgumentException. */
    void set(String siteId, String key, String value) throws AccessDeniedException, IOException;

    /** Told after every change; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);
}
