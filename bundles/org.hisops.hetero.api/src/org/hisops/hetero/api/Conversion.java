package org.hisops.hetero.api;

import java.util.Locale;

/** What converting an object takes, from least to most; an object takes the most of the rules that fired on it. */
public enum Conversion {
    /** A tool (ora2pg, KingbaseES KDTS) converts it; someone reads the result. */
    AUTO,
    /** Converted, but a person must check or adjust the result (semantics differ). */
    REVIEW,
    /** No automatic conversion: it is rewritten or redesigned by hand. */
    MANUAL;

    public String key() {
        return "conversion." + name().toLowerCase(Locale.ROOT);
    }

    public static Conversion max(Conversion a, Conversion b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
