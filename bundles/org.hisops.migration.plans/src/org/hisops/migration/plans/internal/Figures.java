package org.hisops.migration.plans.internal;

import java.util.Optional;

import org.hisops.platform.api.SiteSettings;

/**
 * The throughput figures and fixed durations a plan computes with, from the site's settings. The Data Pump figure is
 * the one HisOps measured (a completed job of this site writes {@value #MEASURED}) when there is one, else the
 * site's own {@value #DATAPUMP}, else the stated default assumption.
 */
record Figures(double dataPumpMbps, boolean measured, double linkMbps, double copyMbps, double rmanMbps, double statsMbps,
        double verifyMbps, int freezeMinutes, int switchMinutes, int utlrpMinutes, int upgradeMinutes,
        double windowHours) {

    static final String MEASURED = "migration.datapump.measured-mbps";
    static final String DATAPUMP = "migration.datapump.mbps";
    static final String LINK = "migration.network.mbps";
    static final String COPY = "migration.copy.mbps";
    static final String RMAN = "migration.rman.mbps";
    static final String STATS = "migration.stats.mbps";
    static final String VERIFY = "migration.verify.mbps";
    static final String FREEZE = "migration.freeze.minutes";
    static final String SWITCH = "migration.switch.minutes";
    static final String UTLRP = "migration.utlrp.minutes";
    static final String UPGRADE = "migration.upgrade.minutes";
    static final String WINDOW = "migration.window.hours";

    /** Assumed when nothing was measured: one 10.2 Enterprise Edition job writing to local disks. */
    static final double DEFAULT_DATAPUMP_MBPS = 50;

    static final Figures DEFAULTS = new Figures(DEFAULT_DATAPUMP_MBPS, false, 100, 100, 150, 200, 300, 15, 30, 15, 60, 8);

    static Figures of(SiteSettings settings, String siteId) {
        if (settings == null || siteId == null) {
            return DEFAULTS;
        }
        Optional<Double> measured = number(settings, siteId, MEASURED);
        double dataPump = measured.orElseGet(() -> number(settings, siteId, DATAPUMP).orElse(DEFAULTS.dataPumpMbps));
        return new Figures(dataPump, measured.isPresent(),
                number(settings, siteId, LINK).orElse(DEFAULTS.linkMbps),
                number(settings, siteId, COPY).orElse(DEFAULTS.copyMbps),
                number(settings, siteId, RMAN).orElse(DEFAULTS.rmanMbps),
                number(settings, siteId, STATS).orElse(DEFAULTS.statsMbps),
                number(settings, siteId, VERIFY).orElse(DEFAULTS.verifyMbps),
                number(settings, siteId, FREEZE).orElse((double) DEFAULTS.freezeMinutes).intValue(),
                number(settings, siteId, SWITCH).orElse((double) DEFAULTS.switchMinutes).intValue(),
                number(settings, siteId, UTLRP).orElse((double) DEFAULTS.utlrpMinutes).intValue(),
                number(settings, siteId, UPGRADE).orElse((double) DEFAULTS.upgradeMinutes).intValue(),
                number(settings, siteId, WINDOW).orElse(DEFAULTS.windowHours));
    }

    /** A positive number, or nothing (a malformed or non-positive setting is ignored, as if unset). */
    private static Optional<Double> number(SiteSettings settings, String siteId, String key) {
        return settings.get(siteId, key).flatMap(text -> {
            try {
                double value = Double.parseDouble(text.strip());
                return value > 0 && Double.isFinite(value) ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
