package org.hisops.migration.plans;

import java.util.List;

/**
 * One step of a runbook (RMAN route or cut-over).
 *
 * @param number 1, 2, ...
 * @param titleKey translation key of what the step does
 * @param actorKey translation key of who runs it (DBA, application team, interface owners, HisOps)
 * @param command the script, statement or action text (Oracle syntax; empty for a manual step)
 * @param expectedKey translation key of the expected output, with {@code expectedArguments}
 * @param expectedArguments arguments of the expected output
 * @param seconds the estimated duration
 * @param formula how the duration was computed, with the figures
 * @param source the Oracle document the step follows
 */
public record RunbookStep(int number, String titleKey, String actorKey, String command, String expectedKey,
        List<String> expectedArguments, long seconds, String formula, String source) {

    public RunbookStep {
        expectedArguments = List.copyOf(expectedArguments);
    }
}
