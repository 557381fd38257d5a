package org.hisops.migration.copy;

import java.util.List;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Copies tables from a source endpoint into a target PostgreSQL/KingbaseES endpoint. Runs block their caller (run
 * them in a job, never on the UI thread); every database call goes through {@code DatabaseSessions}, within the
 * endpoints' connection limits. Runs and their per-table state and rejected rows are kept in the embedded store, so
 * an interrupted run is resumed by its id.
 */
@ProviderType
public interface CopyService {

    /** The action name the copy's administrator check and audit entries use. */
    String AUDIT_ACTION = "migration.copy";

    /** Refusal: target tables exist already (arguments: schema, tables). */
    String TARGET_EXISTS = "copy.problem.target-exists";
    /** Refusal: the target is a standby in recovery (arguments: endpoint, database). @since 1.1 */
    String TARGET_STANDBY = "copy.problem.target-standby";
    /** Refusal: the target's sessions are read-only (arguments: endpoint, database). @since 1.1 */
    String TARGET_READ_ONLY = "copy.problem.target-read-only";
    /** Refusal: the caller is not administrator (argument: the reason's text). @since 1.1 */
    String ACCESS_DENIED = "copy.problem.access-denied";

    /** Reads the source's catalogue and translates it, without changing anything: the mapping preview. */
    CopyPlan plan(CopyRequest request, Cancellation cancellation) throws DatabaseException, CopyException;

    /**
     * Reads what the copy would change on the target, without changing anything: the target's database name (what
     * the administrator types to confirm), the target tables that exist already, whether the target is a standby or
     * read-only, whether the source is the emulated stand-in. Operators may call it.
     *
     * @since 1.1
     */
    CopyPreflight preflight(CopyRequest request, Cancellation cancellation) throws DatabaseException, CopyException;

    /**
     * Plans, creates the target's schema objects (tables with their NOT NULL and CHECK constraints first), copies
     * every table's rows, then creates the keys, indexes, foreign keys and sequences, and checks the counts.
     * Refuses target tables that already exist, a standby or read-only target ({@link CopyException} with the
     * {@link CopyPreflight#refusals() refusal's} code). Changes a database, so it requires the administrator role
     * ({@link #ACCESS_DENIED} otherwise) and is audited (start, outcome, refusals) as {@link #AUDIT_ACTION}. When
     * the run ends DONE or DONE_WITH_REJECTS and the verification service is installed, the copied tables are
     * verified (checksum mode) and the outcome kept in {@link CopyRun#verification()}.
     */
    CopyRun start(CopyRequest request, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException;

    /**
     * Carries on an interrupted run: tables DONE are left alone; a keyed table resumes after the last key its target
     * holds (every batch is one committed transaction); a table without a key is truncated and copied again.
     * Requires the administrator role and is audited, as {@link #start}.
     */
    CopyRun resume(long runId, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException;

    Optional<CopyRun> run(long runId) throws CopyException;

    /** The rows the target refused in a run (one table, or every table when {@code table} is null), oldest first. */
    List<CopyReject> rejects(long runId, String table, int limit) throws CopyException;
}
