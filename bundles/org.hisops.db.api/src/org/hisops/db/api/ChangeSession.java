package org.hisops.db.api;

import java.sql.SQLException;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A writable session lent to one database-changing action by {@link DatabaseSessions#change}. Auto-commit: each
 * statement is its own transaction, unless the statements run inside {@link #inTransaction}. Every statement runs with a timeout and is cancelled when the action's
 * {@link Cancellation} fires. Not thread-safe; valid only inside the work it was lent to, and never pooled
 * afterwards (the connection is closed when the work ends, so no later reader inherits a writable session).
 */
@ProviderType
public interface ChangeSession {

    Endpoint endpoint();

    DbVersion serverVersion();

    /** The statement {@code id} for this server's engine and version (see {@link Session#sql(String)}). */
    Sql sql(String id);

    /** Runs one statement with the endpoint's statement timeout. */
    default void execute(String statement) throws SQLException {
        execute(statement, endpoint().statementTimeoutSeconds());
    }

    /** Runs one statement that may take up to {@code timeoutSeconds} (e.g. a promotion that waits). */
    void execute(String statement, int timeoutSeconds) throws SQLException;

    /** Runs a statement that returns rows (e.g. {@code SELECT pg_promote(true, 60)}) and maps them. */
    <T> List<T> query(String statement, int timeoutSeconds, RowMapper<T> mapper, Object... parameters)
            throws SQLException;

    /**
     * Runs {@code work} on this session as one transaction: its statements are committed together when the work
     * returns, and rolled back together when a statement fails, the work throws, or the action's
     * {@link Cancellation} fires (while a statement runs, between statements, or before the commit; the cancel then
     * comes back as an {@link SQLException} with SQLSTATE 57014). The session is in auto-commit again afterwards.
     * Transactions do not nest: a call from inside the work is refused with an {@link IllegalStateException}.
     * DDL that the engine commits implicitly (Oracle) is not covered by the rollback.
     *
     * @since 1.3
     */
    <T> T inTransaction(ChangeWork<T> work) throws SQLException;
}
