package org.hisops.db.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The only way HisOps reaches a database. It keeps the safety rules for production systems:
 * <ul>
 * <li>at most {@link Endpoint#connectionLimit()} sessions per endpoint at once, whoever asks (callers wait for a
 * free one, at most the endpoint's connect timeout);</li>
 * <li>read-only sessions for everything that reads (a change fails with {@link DbProblem#READ_ONLY});</li>
 * <li>a writable session only through {@link #change}, for the few actions that must change a database
 * (promote, switchover, apply start/stop, a drill's marker); it counts against the same limit and is closed
 * after the action, never pooled for readers;</li>
 * <li>a connect timeout and a statement timeout on every call, and cancellation;</li>
 * <li>credentials only from {@link CredentialStore}.</li>
 * </ul>
 * Calls block the calling thread: never call them on the UI thread, run them in a job. The shell names its UI
 * thread in the system property {@value #UI_THREAD_PROPERTY}; a call from that thread is refused with an
 * {@link IllegalStateException} instead of freezing the window.
 */
@ProviderType
public interface DatabaseSessions {

    /** System property holding the id of the UI thread, set by the shell at start-up. */
    String UI_THREAD_PROPERTY = "hisops.ui.thread.id";

    /** Connects, identifies the server (engine, exact version, open mode, role) and measures the round trip. */
    ProbeResult probe(Endpoint endpoint, Cancellation cancellation) throws DatabaseException;

    /** Lends a read-only session of the endpoint to {@code work}; failures come back classified. */
    <T> T read(Endpoint endpoint, SessionWork<T> work, Cancellation cancellation) throws DatabaseException;

    /**
     * Lends a writable session of the endpoint to {@code work}, within the endpoint's connection limit, with a
     * timeout on every statement, and closes it when the work ends. The caller is responsible for the administrator
     * role and the audit entry of its action; {@code purpose} names the action in HisOps' log.
     *
     * @since 1.1
     */
    <T> T change(Endpoint endpoint, String purpose, ChangeWork<T> work, Cancellation cancellation)
            throws DatabaseException;

    /**
     * Lends a read-only session in which every statement of {@code work} sees one snapshot of the database: on
     * PostgreSQL/KingbaseES one {@code REPEATABLE READ READ ONLY} transaction, which may adopt a snapshot that
     * another session exported ({@code pg_export_snapshot()}, {@code importSnapshot}); on Oracle the work's READ
     * ONLY transaction (statement-level reads of several sessions agree through {@code AS OF SCN}, which callers
     * write into their statements; {@code importSnapshot} must then be {@code null}). The transaction ends when
     * the work ends.
     *
     * @param importSnapshot a snapshot id exported by a session of the same server that is still open, or
     *            {@code null} for a snapshot of its own
     * @since 1.2
     */
    <T> T readSnapshot(Endpoint endpoint, String importSnapshot, SessionWork<T> work, Cancellation cancellation)
            throws DatabaseException;

    /**
     * Lends a session for a bulk data transfer (a copy between databases) to {@code work}: within the endpoint's
     * connection limit, with the statement timeout and the cancel hook (cancelling aborts the connection), read-only
     * unless {@code writable}, closed when the work ends. The caller is responsible for the administrator role and
     * the audit entry of a writing transfer; {@code purpose} names it in HisOps' log. An {@link java.io.IOException}
     * of the work (a broken COPY stream) comes back as {@link DbProblem#CONNECTION_LOST}.
     *
     * @since 1.2
     */
    default <T> T transfer(Endpoint endpoint, boolean writable, String purpose, TransferWork<T> work,
            Cancellation cancellation) throws DatabaseException {
        // a default, so recording stand-ins written against 1.1 in tests still compile; the broker implements it
        throw new UnsupportedOperationException("bulk transfers are not offered by " + getClass().getName());
    }

    /** Sessions open on the endpoint now (in use and idle). */
    int openSessions(String endpointId);

    /** Closes the endpoint's idle sessions, e.g. after it was edited or its password changed. */
    void forget(String endpointId);
}
