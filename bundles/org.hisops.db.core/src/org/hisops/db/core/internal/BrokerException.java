package org.hisops.db.core.internal;

import org.hisops.db.api.DbProblem;

/** A classified failure inside the broker, turned into a DatabaseException with the endpoint id at the boundary. */
final class BrokerException extends Exception {

    private static final long serialVersionUID = 1L;

    private final DbProblem problem;
    private final String serverCode;

    BrokerException(DbProblem problem, String serverCode, String message) {
        this(problem, serverCode, message, null);
    }

    BrokerException(DbProblem problem, String serverCode, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.serverCode = serverCode;
    }

    DbProblem problem() {
        return problem;
    }

    String serverCode() {
        return serverCode;
    }
}
