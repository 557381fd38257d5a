package org.hisops.db.api;

/**
 * A failure to reach or query a database, classified. The message is the server's or driver's own text (never a
 * password: HisOps passes none in URLs or statements); the UI builds its sentence from {@link #problem()}.
 */
public class DatabaseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final DbProblem problem;
    private final String serverCode;
    private final String endpointId;

    public DatabaseException(DbProblem problem, String serverCode, String endpointId, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.serverCode = serverCode;
        this.endpointId = endpointId;
    }

    public DbProblem problem() {
        return problem;
    }

    /** The server's code (e.g. "ORA-01017", "28P01"), or {@code null} when the failure came before the server. */
    public String serverCode() {
        return serverCode;
    }

    public String endpointId() {
        return endpointId;
    }
}
