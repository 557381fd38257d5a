package org.hisops.inspection.core.internal;

import java.util.Locale;
import java.util.Optional;

import org.hisops.checks.api.CheckContext;

/**
 * The inspection checks' thresholds: a name, the default the author used on monthly hospital inspections, and the
 * site setting {@code inspection.threshold.<name>} that overrides it (set by the administrator through
 * {@code SiteSettings}, which audits the change). Evaluators read them through the check context; the inspection
 * service hands in the site's settings with each run.
 */
enum Threshold {

    SPACE_WARNING_PERCENT("space.warning.percent", 85),
    SPACE_ERROR_PERCENT("space.error.percent", 95),
    TEMP_PERCENT("temp.percent", 95),
    RECOVERY_WARNING_PERCENT("recovery.warning.percent", 80),
    RECOVERY_ERROR_PERCENT("recovery.error.percent", 95),
    /** More than one switch every five minutes in an hour: the online logs are too small for the load. */
    LOG_SWITCHES_PER_HOUR("log.switches.per.hour", 12),
    /** A daily backup older than a day and two hours of slack (RMAN, and PostgreSQL base backups). */
    BACKUP_AGE_HOURS("backup.age.hours", 26),
    PASSWORD_EXPIRY_DAYS("password.expiry.days", 14),
    CONNECTIONS_WARNING_PERCENT("connections.warning.percent", 80),
    CONNECTIONS_ERROR_PERCENT("connections.error.percent", 95),
    SLOT_RETAINED_WAL_MB("slot.retained.wal.mb", 1024),
    LONG_TRANSACTION_SECONDS("long.transaction.seconds", 300),
    DEAD_ROWS_PERCENT("dead.rows.percent", 20),
    DEAD_ROWS_MINIMUM("dead.rows.minimum", 1000),
    REQUESTED_CHECKPOINTS_MINIMUM("checkpoints.requested.minimum", 10),
    /** A session waiting this long on another's lock is reported; ten times as long is an error. */
    BLOCKED_SECONDS("blocked.seconds", 60),
    /** Share of the non-idle wait time above which an Application, Configuration or Concurrency event is reported. */
    WAIT_SHARE_PERCENT("wait.share.percent", 20),
    REPLICATION_LAG_MB("replication.lag.mb", 64),
    REPLICATION_LAG_SECONDS("replication.lag.seconds", 300),
    /** A Data Guard console cycle at most this old is used as it is; an older one is refreshed for the check. */
    DATAGUARD_STATUS_AGE_SECONDS("dataguard.status.age.seconds", 60);

    /** Prefix of the site settings. */
    static final String PREFIX = "inspection.threshold.";

    private final String name;
    private final double defaultValue;

    Threshold(String name, double defaultValue) {
        this.name = name;
        this.defaultValue = defaultValue;
    }

    String key() {
        return PREFIX + name;
    }

    double defaultValue() {
        return defaultValue;
    }

    /**
     * The site's value, or the default. A value that is not a non-negative number ends the check as not applicable
     * with the setting named, so the inspector sees what to correct instead of a verdict on a wrong limit.
     */
    double of(CheckContext context) {
        Optional<String> set = context.setting(key());
        if (set.isEmpty() || set.get().isBlank()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(set.get().strip());
            if (value >= 0 && !Double.isInfinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw context.notApplicable("na.threshold", key(), set.get());
    }

    /** The value as the finding's text shows it: no decimals when it is whole. */
    static String text(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    static Optional<Threshold> named(String key) {
        for (Threshold t : values()) {
            if (t.key().equals(key)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
