package org.hisops.migration.plans;

import java.util.List;

/**
 * What must hold before HisOps starts an export: each problem as a translation key with arguments.
 *
 * @param directoryPath the directory object's path, or null when it does not exist
 * @param problems empty when the job may start
 */
public record Preflight(String directoryPath, List<Problem> problems) {

    public record Problem(String key, List<String> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    public Preflight {
        problems = List.copyOf(problems);
    }

    public boolean passed() {
        return problems.isEmpty();
    }
}
