package org.hisops.db.postgres.embedded;

/**
 * A server or replication pair could not be created, started, stopped or reached. The message carries the tail
 * of the server log where there is one, since that is where PostgreSQL says why.
 */
public class EmbeddedPostgresException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An error with a message and its cause. */
    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An error with a message. */
    public EmbeddedPostgresException(String message) {
        super(message);
    }
}
