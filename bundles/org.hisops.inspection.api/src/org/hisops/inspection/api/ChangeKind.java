package org.hisops.inspection.api;

import java.util.Locale;

/** How a finding moved between two runs. */
public enum ChangeKind {
    /** Found now, not before. */
    NEW,
    /** Found before, not now. */
    RESOLVED,
    /** Found both times, now more severe (or a manual item that passed and now fails). */
    WORSE,
    /** Found both times, now less severe. */
    BETTER;

    public String key() {
        return "change." + name().toLowerCase(Locale.ROOT);
    }
}
