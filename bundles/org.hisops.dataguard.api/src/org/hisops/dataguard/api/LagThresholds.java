package org.hisops.dataguard.api;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * A site's limits for its standbys, read from the site's settings ({@code SiteSettings} of the platform) under
 * the keys below; a missing or unreadable value takes the default. A figure over its warning limit gives a
 * WARNING, over its error limit an ERROR.
 *
 * @param refresh how often the console polls the site ({@value #REFRESH_SECONDS}, default 10 s, at least 1 s)
 * @param transportLagWarning {@value #TRANSPORT_LAG_WARNING} (seconds, default 30)
 * @param transportLagError {@value #TRANSPORT_LAG_ERROR} (seconds, default 300)
 * @param applyLagWarning {@value #APPLY_LAG_WARNING} (seconds, default 60)
 * @param applyLagError {@value #APPLY_LAG_ERROR} (seconds, default 900)
 * @param unshippedBytesWarning {@value #UNSHIPPED_BYTES_WARNING} (bytes, default 16 MiB)
 * @param unshippedBytesError {@value #UNSHIPPED_BYTES_ERROR} (bytes, default 1 GiB)
 * @param stalenessWarning {@value #STALENESS_WARNING} (seconds, default 60)
 * @param stalenessError {@value #STALENESS_ERROR} (seconds, default 600)
 * @param rtoTarget {@value #RTO_TARGET} (seconds, default 600: seed 001's RTO of 10 minutes); an RTO estimate
 *            over it is a WARNING
 * @param promotionEstimate {@value #PROMOTION_SECONDS} (seconds, default 10): a PostgreSQL standby's start-up part
 *            of the RTO, which no view reports
 */
public record LagThresholds(Duration refresh, Duration transportLagWarning, Duration transportLagError,
        Duration applyLagWarning, Duration applyLagError, long unshippedBytesWarning, long unshippedBytesError,
        Duration stalenessWarning, Duration stalenessError, Duration rtoTarget, Duration promotionEstimate) {

    public static final String PREFIX = "org.hisops.dataguard.";
    public static final String REFRESH_SECONDS = PREFIX + "refresh.seconds";
    public static final String TRANSPORT_LAG_WARNING = PREFIX + "transportLag.warning.seconds";
    public static final String TRANSPORT_LAG_ERROR = PREFIX + "transportLag.error.seconds";
    public static final String APPLY_LAG_WARNING = PREFIX + "applyLag.warning.seconds";
    public static final String APPLY_LAG_ERROR = PREFIX + "applyLag.error.seconds";
    public static final String UNSHIPPED_BYTES_WARNING = PREFIX + "unshipped.warning.bytes";
    public static final String UNSHIPPED_BYTES_ERROR = PREFIX + "unshipped.error.bytes";
    public static final String STALENESS_WARNING = PREFIX + "staleness.warning.seconds";
    public static final String STALENESS_ERROR = PREFIX + "staleness.error.seconds";
    public static final String RTO_TARGET = PREFIX + "rto.target.seconds";
    public static final String PROMOTION_SECONDS = PREFIX + "promotion.seconds";

    /** The defaults, for a site without settings. */
    public static final LagThresholds DEFAULTS = from(key -> Optional.empty());

    /** Reads the thresholds through {@code setting} (a site's settings by key); bad values take the default. */
    public static LagThresholds from(Function<String, Optional<String>> setting) {
        return new LagThresholds(Duration.ofSeconds(Math.max(1, number(setting, REFRESH_SECONDS, 10))),
                seconds(setting, TRANSPORT_LAG_WARNING, 30), seconds(setting, TRANSPORT_LAG_ERROR, 300),
                seconds(setting, APPLY_LAG_WARNING, 60), seconds(setting, APPLY_LAG_ERROR, 900),
                number(setting, UNSHIPPED_BYTES_WARNING, 16L << 20), number(setting, UNSHIPPED_BYTES_ERROR, 1L << 30),
                seconds(setting, STALENESS_WARNING, 60), seconds(setting, STALENESS_ERROR, 600),
                seconds(setting, RTO_TARGET, 600), seconds(setting, PROMOTION_SECONDS, 10));
    }

    private static Duration seconds(Function<String, Optional<String>> setting, String key, long fallback) {
        return Duration.ofSeconds(number(setting, key, fallback));
    }

    private static long number(Function<String, Optional<String>> setting, String key, long fallback) {
        try {
            long value = setting.apply(key).map(String::trim).map(Long::parseLong).orElse(fallback);
            return value < 0 ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback; // a mistyped setting must not stop the console; the default holds
        }
    }
}
