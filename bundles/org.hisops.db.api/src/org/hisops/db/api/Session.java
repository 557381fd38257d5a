package org.hisops.db.api;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A database session lent to one piece of work by {@link DatabaseSessions}. Read-only; every statement runs with
 * the endpoint's statement timeout and is cancelled when the work's {@link Cancellation} fires. Not thread-safe
 * and valid only inside the work it was lent to.
 */
@ProviderType
public interface Session {

    Endpoint endpoint();

    /** The server's version as the server reported it. */
    DbVersion serverVersion();

    /** The statement {@code id} for this server's engine and version; fails with NO_SQL wording when none claims it. */
    Sql sql(String id);

    /** Runs a query and maps every row. */
    <T> List<T> query(Sql sql, RowMapper<T> mapper, Object... parameters) throws SQLException;

    /** Runs a query and maps its first row, if any. */
    <T> Optional<T> queryFirst(Sql sql, RowMapper<T> mapper, Object... parameters) throws SQLException;
}
