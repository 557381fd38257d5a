package org.hisops.db.api;

import java.sql.Connection;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A session lent to one bulk data transfer by {@link DatabaseSessions#transfer}: the driver's own connection, so a
 * copy can use the server's bulk protocol (PostgreSQL COPY through pgjdbc's {@code CopyManager}) or stream a large
 * result with a fetch size. It counts against the endpoint's connection limit like any session, carries the
 * endpoint's statement timeout on the server (PostgreSQL {@code statement_timeout}), is read-only unless it was lent
 * writable, and is closed when the work ends, never pooled. Not thread-safe; valid only inside its work.
 *
 * @since 1.2
 */
@ProviderType
public interface TransferSession {

    Endpoint endpoint();

    DbVersion serverVersion();

    /** The statement {@code id} for this server's engine and version (see {@link Session#sql(String)}). */
    Sql sql(String id);

    /** Whether the session may change the database. */
    boolean writable();

    /**
     * The connection. A read-only transfer session refuses changes on the server (PostgreSQL 25006, Oracle READ ONLY
     * transaction); callers set their statements' query timeout themselves.
     */
    Connection connection();
}
