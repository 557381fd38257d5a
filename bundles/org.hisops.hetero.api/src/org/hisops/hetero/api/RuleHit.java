package org.hisops.hetero.api;

import java.util.Objects;

/**
 * One place where a rule fired.
 *
 * @param ruleId the rule, e.g. {@code plsql.connect.by}
 * @param conversion what the rule means for the assessed flavour
 * @param units the effort units this occurrence adds
 * @param line the line: DBA_SOURCE.LINE for PL/SQL, the column's COLUMN_ID for a table, 0 for an object's attributes
 * @param text the line as read (trimmed, at most 200 characters)
 */
public record RuleHit(String ruleId, Conversion conversion, double units, int line, String text) {

    public RuleHit {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(conversion, "conversion");
        text = text == null ? "" : text;
    }
}
