package org.hisops.migration.plans;

import java.util.List;

/**
 * One line of the go/no-go table.
 *
 * @param criterionKey translation key of the criterion, with {@code arguments}
 * @param arguments its arguments
 * @param verdict GO or NO_GO when HisOps can judge it, CONFIRM when a person must
 */
public record GoNoGo(String criterionKey, List<String> arguments, Verdict verdict) {

    public enum Verdict {
        GO, NO_GO, CONFIRM
    }

    public GoNoGo {
        arguments = List.copyOf(arguments);
    }
}
