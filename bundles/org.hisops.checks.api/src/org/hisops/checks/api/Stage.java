package org.hisops.checks.api;

import java.util.Locale;

/** When a check is meant to run: around an upgrade (assessment) or on an inspection schedule. */
public enum Stage {
    BEFORE_UPGRADE,
    AFTER_UPGRADE,
    DAILY,
    MONTHLY;

    public String key() {
        return "stage." + name().toLowerCase(Locale.ROOT);
    }
}
