package org.hisops.checks.api;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs a check's fixup on the endpoint a run read: only for an administrator ({@code AccessControl}), only after the
 * database's name was typed, over a writable session lent by {@code DatabaseSessions.change} (statement timeouts,
 * cancellation), every statement and the outcome appended to the {@code AuditLog}, and the catalogue run again
 * afterwards so the effect is seen. Blocks the caller: never call it on the UI thread.
 *
 * @since 1.1
 */
@ProviderType
public interface FixupRunner {

    /**
     * The plan for a check of a saved or fresh run: the statements of its findings, and the database's name to type
     * (read from the database, hence blocking).
     *
     * @throws DatabaseException when the database's name cannot be read
     * @param endpoint the endpoint the run read
     * @throws IllegalArgumentException when the run has no such check or is of another endpoint
     */
    FixupPlan plan(Endpoint endpoint, RunResult run, String checkId, Cancellation cancellation)
            throws DatabaseException;

    /** Runs the plan if the role and the typed name allow it; never throws for a database problem. */
    FixupResult run(FixupPlan plan, String typedConfirmation, Cancellation cancellation);
}
