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

    /** Reads the source's catalogue and translates it, without changing anything: the mapping preview. */
    CopyPlan plan(CopyRequest request, Cancellation cancellation) throws DatabaseException, CopyException;

    /**
     * Plans, creates the target's schema objects (tables with their NOT NULL and CHECK constraints first), copies
     * every table's rows, then creates the keys, indexes, foreign keys and sequences, and checks the counts.
     * Refuses target tables that already exist ({@link CopyException}).
     */
    CopyRun start(CopyRequest request, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException;

    /**
     * Carries on an interrupted run: tables DONE are left alone; a keyed table resumes after the last key its target
     * holds (every batch is one committed transaction); a table without a key is truncated and copied again.
     */
    CopyRun resume(long runId, CopyListener listener, Cancellation cancellation)
            throws DatabaseException, CopyException;

    Optional<CopyRun> run(long runId) throws CopyException;

    /** The rows the target refused in a run (one table, or every table when {@code table} is null), oldest first. */
    List<CopyReject> rejects(long runId, String table, int limit) throws CopyException;
}
