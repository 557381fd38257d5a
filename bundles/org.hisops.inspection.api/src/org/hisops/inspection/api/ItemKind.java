package org.hisops.inspection.api;

/** What a checklist item is: a check run on each endpoint, or something the inspector looks at and enters. */
public enum ItemKind {
    /** A check of an installed catalogue, run automatically on every endpoint of the run. */
    CHECK,
    /** A measured value with a unit and (where there is one) an acceptable range, e.g. room temperature. */
    VALUE,
    /** Passed or not, e.g. the server lights are all green. */
    PASS_FAIL
}
