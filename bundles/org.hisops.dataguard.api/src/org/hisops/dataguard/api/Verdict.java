package org.hisops.dataguard.api;

/** How a standby, a system or a site stands, worst last. */
public enum Verdict {
    NORMAL, WARNING, ERROR;

    /** The worse of two verdicts. */
    public Verdict worst(Verdict other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    /** The translation key of its name ({@code verdict.normal}, ...). */
    public String nameKey() {
        return "verdict." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
