package org.hisops.migration.api;

import java.util.List;
import java.util.Objects;

/**
 * What applying repair scripts would do, shown to the administrator before anything runs.
 *
 * @param runId the verification run the scripts come from
 * @param targetId the target endpoint's id
 * @param tables the tables and their scripts, in the run's order
 * @param confirmation what the administrator must type: the target database's name as the server reports it
 * @param warnings codes of what the administrator should know but does not stop the repair
 *            ({@code repair.warning.incomplete}: a script does not cover every differing row;
 *            {@code repair.warning.emulated}: an endpoint is the Oracle stand-in); translation keys of
 *            {@code org.hisops.migration.core}
 * @param refusalKey why it cannot run ({@code repair.refused.*} of {@code org.hisops.migration.core}:
 *            {@code nothing}, {@code standby}, {@code read-only}, {@code unreachable}, {@code superseded},
 *            {@code unfinished}; {@link Repairs#apply} may also answer {@code store} when the history cannot be
 *            read again), or {@code null} when it can
 * @param refusalDetail the server's text or HisOps' own for the refusal (never a password), else empty
 * @since 1.1
 */
public record RepairPlan(String runId, String targetId, List<TableRepair> tables, String confirmation,
        List<String> warnings, String refusalKey, String refusalDetail) {

    public RepairPlan {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(targetId, "targetId");
        tables = List.copyOf(tables);
        warnings = List.copyOf(warnings);
        refusalDetail = refusalDetail == null ? "" : refusalDetail;
    }

    /** Whether HisOps may run it (an administrator still has to confirm). */
    public boolean runnable() {
        return refusalKey == null;
    }

    /** Statements over all tables (comments not counted). */
    public int statementCount() {
        return tables.stream().mapToInt(t -> (int) t.script().statements().stream()
                .filter(s -> !s.startsWith("--")).count()).sum();
    }

    /**
     * One table's repair.
     *
     * @param pair the tables
     * @param differences the differing rows the run found
     * @param script the statements for the target
     */
    public record TableRepair(TablePair pair, long differences, RepairScript script) {
    }
}
