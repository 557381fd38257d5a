package org.hisops.migration.plans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Makes Oracle 10.2 -> 11.2 migration plans. Reads the source through read-only sessions (blocks: never on the UI
 * thread); generating and writing need no database.
 */
@ProviderType
public interface MigrationPlans {

    /** Reads the source's volumes, SCN, CPU_COUNT and parameters and makes the plan. */
    MigrationPlan plan(PlanRequest request, Cancellation cancellation) throws DatabaseException;

    /** The plan from a profile already read (no database). */
    MigrationPlan plan(PlanRequest request, SourceProfile source);

    /**
     * Writes the files of the plan into {@code folder}: expdp.par, impdp.par (network link: impdp.par only),
     * rman-backup.rman, rman-restore.rman, upgrade.sql, init-11.2-edits.ora, runbook.html, runbook.pdf. Each is
     * written beside and moved over its name, so a failure leaves no half file.
     *
     * @return the files written
     */
    List<Path> write(MigrationPlan plan, Path folder, Locale locale) throws IOException;
}
