package org.hisops.db.core.internal;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Locale;

import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Engine;

/**
 * Reads a driver's exception the way a DBA would: Oracle by its ORA- number (the vendor code, or the number in the
 * message when the thin driver wraps it), PostgreSQL and KingbaseES by SQLSTATE, network failures by the cause the
 * driver carries. Where HisOps cannot tell, it says OTHER and shows the server's own text.
 */
final class ProblemClassifier {

    /** The result: what happened and the server's code for it (ORA-01017, 28P01), or none. */
    record Classified(DbProblem problem, String serverCode) {
    }

    private ProblemClassifier() {
    }

    static Classified classify(Engine engine, SQLException e, boolean connecting) {
        Throwable network = networkCause(e);
        if (network instanceof UnknownHostException) {
            return new Classified(DbProblem.UNKNOWN_HOST, null);
        }
        if (network instanceof SocketTimeoutException) {
            return new Classified(DbProblem.TIMEOUT, null); // the server or network did not answer in time
        }
        if (engine == Engine.ORACLE) {
            Classified oracle = oracle(e, connecting, network);
            if (oracle != null) {
                return oracle;
            }
        } else {
            Classified pg = postgres(e, connecting);
            if (pg != null) {
                return pg;
            }
        }
        if (network instanceof ConnectException || network instanceof NoRouteToHostException) {
            return new Classified(engine == Engine.ORACLE ? DbProblem.LISTENER_DOWN : DbProblem.CONNECTION_REFUSED, null);
        }
        if (network instanceof SocketTimeoutException || e instanceof SQLTimeoutException) {
            return new Classified(DbProblem.TIMEOUT, null);
        }
        if (network != null) {
            return new Classified(connecting ? DbProblem.CONNECTION_REFUSED : DbProblem.CONNECTION_LOST, null);
        }
        return new Classified(DbProblem.OTHER, e.getSQLState());
    }

    private static Classified oracle(SQLException e, boolean connecting, Throwable network) {
        int code = oraCode(e);
        String ora = code > 0 ? String.format(Locale.ROOT, "ORA-%05d", code) : null;
        DbProblem problem = switch (code) {
            case 1017 -> DbProblem.WRONG_PASSWORD;
            case 28000 -> DbProblem.ACCOUNT_LOCKED;
            case 28001 -> DbProblem.PASSWORD_EXPIRED;
            case 12541, 12543 -> DbProblem.LISTENER_DOWN;
            case 12514, 12505 -> DbProblem.UNKNOWN_SERVICE;
            case 1033, 1089, 1090 -> DbProblem.STARTING_OR_STOPPING;
            case 1219, 1109 -> DbProblem.NOT_OPEN;
            case 1034, 27101 -> DbProblem.INSTANCE_DOWN;
            case 1031, 1994 -> DbProblem.INSUFFICIENT_PRIVILEGE;
            case 942 -> DbProblem.NO_SUCH_VIEW;
            case 1013 -> DbProblem.TIMEOUT; // "user requested cancel": the statement timeout or a cancel
            case 1456, 16000 -> DbProblem.READ_ONLY; // insert in a READ ONLY transaction; standby open read-only
            case 3113, 3114, 3135, 1092, 28, 12537, 12547 -> DbProblem.CONNECTION_LOST;
            case 12170 -> DbProblem.TIMEOUT;
            case 12545 -> DbProblem.UNKNOWN_HOST;
            default -> null;
        };
        if (problem != null) {
            return new Classified(problem, ora);
        }
        // 17002 "IO Error": the thin driver's wrapper of network failures; the cause says which.
        if (code == 17002 || e.getErrorCode() == 17002) {
            if (network instanceof ConnectException) {
                return new Classified(connecting ? DbProblem.LISTENER_DOWN : DbProblem.CONNECTION_LOST, "ORA-17002");
            }
            if (network instanceof SocketTimeoutException) {
                return new Classified(DbProblem.TIMEOUT, "ORA-17002");
            }
            return new Classified(connecting ? DbProblem.LISTENER_DOWN : DbProblem.CONNECTION_LOST, "ORA-17002");
        }
        if (code == 17008 || code == 17410) { // closed connection / no more data to read from socket
            return new Classified(DbProblem.CONNECTION_LOST, String.format(Locale.ROOT, "ORA-%05d", code));
        }
        return ora == null ? null : new Classified(DbProblem.OTHER, ora);
    }

    private static Classified postgres(SQLException e, boolean connecting) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        DbProblem problem = switch (state) {
            case "28P01" -> DbProblem.WRONG_PASSWORD;
            case "28000" -> DbProblem.ACCESS_REJECTED;
            case "3D000" -> DbProblem.UNKNOWN_SERVICE;
            case "57P03" -> DbProblem.STARTING_OR_STOPPING;
            case "42501" -> DbProblem.INSUFFICIENT_PRIVILEGE;
            case "42P01" -> DbProblem.NO_SUCH_VIEW;
            case "57014" -> DbProblem.TIMEOUT; // canceling statement due to statement timeout or user request
            case "25006" -> DbProblem.READ_ONLY;
            case "57P01", "57P02", "08006", "08003", "08007" -> connecting ? DbProblem.CONNECTION_REFUSED
                    : DbProblem.CONNECTION_LOST;
            case "08001", "08004" -> null; // could not connect: the network cause decides
            default -> DbProblem.OTHER;
        };
        return problem == null ? null : new Classified(problem, state);
    }

    /** The ORA- number: the vendor code, else the first ORA-nnnnn in the message chain (wrapped errors). */
    static int oraCode(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() > 0 && s.getErrorCode() != 17002) {
                return s.getErrorCode();
            }
            String message = t.getMessage();
            if (message != null) {
                java.util.regex.Matcher m = ORA.matcher(message);
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
            }
        }
        return e.getErrorCode();
    }

    private static final java.util.regex.Pattern ORA = java.util.regex.Pattern.compile("ORA-(\\d{5})");

    /**
     * The network failure behind a driver's error. Drivers wrap it in their own IOExceptions (Oracle's NetException,
     * pgjdbc's PSQLException), so the specific JDK causes are looked for in the whole chain first.
     */
    private static Throwable networkCause(Throwable e) {
        for (Class<?> specific : new Class<?>[] { UnknownHostException.class, ConnectException.class,
                NoRouteToHostException.class, SocketTimeoutException.class }) {
            for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
                if (specific.isInstance(t)) {
                    return t;
                }
            }
        }
        // The thin drivers sometimes keep only the text ("Unknown host specified", ORA-17868).
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Unknown host") || message.contains("ORA-17868")) {
                return new UnknownHostException(message);
            }
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.io.IOException) {
                return t;
            }
        }
        return null;
    }
}
