package org.hisops.db.api;

/** What the administrator says a database is; the probe reports what it actually is. */
public enum RoleHint {
    PRIMARY, STANDBY, UNKNOWN
}
