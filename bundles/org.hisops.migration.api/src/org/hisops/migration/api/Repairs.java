package org.hisops.migration.api;

import java.util.List;

import org.hisops.db.api.Cancellation;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies a verification run's repair scripts to the target: the one action of migration that changes a database
 * on HisOps' initiative, so it keeps the rules of every such action (DESIGN.md): the administrator role, a preflight,
 * the target database's name typed as confirmation, a writable session per table through
 * {@code DatabaseSessions.change} (one transaction per table: a table is repaired whole or not at all), and an audit
 * entry for the start, each table and the outcome. Afterwards the repaired tables are verified again and that run is
 * returned, so the user sees the effect rather than trusting it. Calls block: never on the UI thread.
 *
 * @since 1.1
 */
@ProviderType
public interface Repairs {

    /**
     * The preflight: reads the run, keeps the tables that are DIFFERENT and have a script, and checks that the target
     * is reachable, open read-write and not a standby, and that the run is the newest for those tables. Changes
     * nothing; a plan that cannot run says why ({@link RepairPlan#refusalKey()}).
     *
     * @param runId a finished verification run
     * @param tables the tables to repair (labels as {@link TablePair#label()}); empty for every differing table
     */
    RepairPlan plan(String runId, List<String> tables, Cancellation cancellation) throws VerificationException;

    /**
     * Runs the plan when the caller is an administrator and {@code typedConfirmation} is the plan's confirmation;
     * otherwise refuses (and audits the refusal) without touching the target.
     */
    RepairResult apply(RepairPlan plan, String typedConfirmation, Cancellation cancellation);
}
