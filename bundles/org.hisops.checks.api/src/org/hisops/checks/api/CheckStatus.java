package org.hisops.checks.api;

import java.util.Locale;

/** What became of one check in a run. */
public enum CheckStatus {
    /** Ran and found nothing (or only INFO evidence is absent). */
    PASS,
    /** Ran and produced findings; the result's severity is the highest of them. */
    FINDING,
    /** Not run: another engine, another version, no statement for this version, or the evaluator said so. */
    NOT_APPLICABLE,
    /** Could not run: the database failed (classified {@code DbProblem}) or the evaluator threw. */
    FAILED,
    /** The run was cancelled before or while this check ran. */
    CANCELLED;

    public String key() {
        return "status." + name().toLowerCase(Locale.ROOT);
    }
}
