package org.hisops.hetero.api;

import java.util.Locale;

/** The kinds of object the inventory counts. */
public enum ObjectKind {
    TABLE,
    VIEW,
    TYPE,
    PACKAGE,
    PROCEDURE,
    FUNCTION,
    TRIGGER,
    SEQUENCE,
    SYNONYM,
    DATABASE_LINK,
    MATERIALIZED_VIEW,
    JOB;

    public String key() {
        return "kind." + name().toLowerCase(Locale.ROOT);
    }
}
