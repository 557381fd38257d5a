package org.hisops.assessment.data.core.internal;

import org.hisops.assessment.data.api.DataAssessment;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.SiteSettings;

/** The site's declarations these services honour. */
final class SiteFlags {

    private SiteFlags() {
    }

    /**
     * Whether the endpoint's site declared the Oracle Diagnostics Pack licence. Without settings (headless without
     * a platform) or with any value but "true", it did not: AWR views are then never read.
     */
    static boolean diagnosticsPack(SiteSettings settings, Endpoint endpoint) {
        if (settings == null || endpoint.siteId() == null) {
            return false;
        }
        try {
            return "true".equalsIgnoreCase(settings.get(endpoint.siteId(), DataAssessment.DIAGNOSTICS_PACK_SETTING, "false").trim());
        } catch (RuntimeException e) {
            return false; // an unknown site has declared nothing
        }
    }
}
