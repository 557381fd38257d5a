package org.hisops.hetero.api;

import java.util.Locale;

/** The target an Oracle schema is assessed for: the rules' verdicts differ between the two. */
public enum TargetFlavour {
    /** Community PostgreSQL (with orafce where a rule says so). */
    POSTGRESQL,
    /** KingbaseES V8/V9 in its Oracle-compatible mode (packages, synonyms, CONNECT BY, DBMS_OUTPUT...). */
    KINGBASE;

    /** Translation key in this bundle. */
    public String key() {
        return "flavour." + name().toLowerCase(Locale.ROOT);
    }
}
