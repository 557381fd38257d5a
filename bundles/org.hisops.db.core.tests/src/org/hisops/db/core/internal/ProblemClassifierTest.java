package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Engine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The mapping from what drivers throw to what the user is told. The exceptions are built the way the thin driver
 * and pgjdbc build them (vendor code, SQLSTATE, the network cause); the real servers' errors are exercised by the
 * PostgreSQL and stand-in tests.
 */
class ProblemClassifierTest {

    @ParameterizedTest
    @CsvSource({
            "1017, ORA-01017: invalid username/password; logon denied, WRONG_PASSWORD, ORA-01017",
            "28000, ORA-28000: the account is locked, ACCOUNT_LOCKED, ORA-28000",
            "28001, ORA-28001: the password has expired, PASSWORD_EXPIRED, ORA-28001",
            "12514, Listener refused the connection with the following error: ORA-12514, UNKNOWN_SERVICE, ORA-12514",
            "12505, Listener refused the connection with the following error: ORA-12505, UNKNOWN_SERVICE, ORA-12505",
            "12541, ORA-12541: TNS:no listener, LISTENER_DOWN, ORA-12541",
            "1033, ORA-01033: ORACLE initialization or shutdown in progress, STARTING_OR_STOPPING, ORA-01033",
            "1219, ORA-01219: database not open: queries allowed on fixed tables/views only, NOT_OPEN, ORA-01219",
            "1034, ORA-01034: ORACLE not available, INSTANCE_DOWN, ORA-01034",
            "1031, ORA-01031: insufficient privileges, INSUFFICIENT_PRIVILEGE, ORA-01031",
            "942, ORA-00942: table or view does not exist, NO_SUCH_VIEW, ORA-00942",
            "1013, ORA-01013: user requested cancel of current operation, TIMEOUT, ORA-01013",
            "1456, ORA-01456: may not perform insert/delete/update operation inside a READ ONLY transaction, READ_ONLY, ORA-01456",
            "3113, ORA-03113: end-of-file on communication channel, CONNECTION_LOST, ORA-03113",
            "600, ORA-00600: internal error code, OTHER, ORA-00600" })
    void oracleErrorsByTheirNumber(int code, String message, DbProblem expected, String serverCode) {
        ProblemClassifier.Classified c = ProblemClassifier.classify(Engine.ORACLE, new SQLException(message, "99999", code), false);
        assertEquals(expected, c.problem());
        assertEquals(serverCode, c.serverCode());
    }

    @Test
    void anOraNumberWrappedInAnotherErrorIsFound() {
        SQLException wrapped = new SQLException("IO Error: Got minus one from a read call", null, 0,
                new SQLException("ORA-12514, TNS:listener does not currently know of service requested"));
        assertEquals(DbProblem.UNKNOWN_SERVICE, ProblemClassifier.classify(Engine.ORACLE, wrapped, true).problem());
    }

    @Test
    void theThinDriversNetworkErrorIsReadByItsCause() {
        SQLException refused = new SQLException("IO Error: The Network Adapter could not establish the connection",
                "08006", 17002, new ConnectException("Connection refused"));
        assertEquals(DbProblem.LISTENER_DOWN, ProblemClassifier.classify(Engine.ORACLE, refused, true).problem());
        SQLException unknownHost = new SQLException("IO Error: Unknown host specified", "08006", 17002,
                new UnknownHostException("his-db.example"));
        assertEquals(DbProblem.UNKNOWN_HOST, ProblemClassifier.classify(Engine.ORACLE, unknownHost, true).problem());
        SQLException readTimeout = new SQLException("IO Error: Socket read timed out", "08006", 17002,
                new SocketTimeoutException("Read timed out"));
        assertEquals(DbProblem.TIMEOUT, ProblemClassifier.classify(Engine.ORACLE, readTimeout, false).problem());
        SQLException dropped = new SQLException("IO Error: Connection reset", "08006", 17002,
                new java.io.IOException("Connection reset"));
        assertEquals(DbProblem.CONNECTION_LOST, ProblemClassifier.classify(Engine.ORACLE, dropped, false).problem());
    }

    @ParameterizedTest
    @CsvSource({
            "28P01, WRONG_PASSWORD", "28000, ACCESS_REJECTED", "3D000, UNKNOWN_SERVICE", "57P03, STARTING_OR_STOPPING",
            "42501, INSUFFICIENT_PRIVILEGE", "42P01, NO_SUCH_VIEW", "57014, TIMEOUT", "25006, READ_ONLY",
            "57P01, CONNECTION_LOST", "08006, CONNECTION_LOST", "XX000, OTHER" })
    void postgresErrorsBySqlState(String state, DbProblem expected) {
        ProblemClassifier.Classified c = ProblemClassifier.classify(Engine.POSTGRESQL, new SQLException("x", state), false);
        assertEquals(expected, c.problem());
        assertEquals(state, c.serverCode());
        assertEquals(expected, ProblemClassifier.classify(Engine.KINGBASE, new SQLException("x", state), false).problem());
    }

    @Test
    void postgresNetworkFailuresByTheirCause() {
        assertEquals(DbProblem.CONNECTION_REFUSED, ProblemClassifier.classify(Engine.POSTGRESQL,
                new SQLException("Connection to 127.0.0.1:1 refused", "08001", new ConnectException("refused")), true).problem());
        assertEquals(DbProblem.UNKNOWN_HOST, ProblemClassifier.classify(Engine.POSTGRESQL,
                new SQLException("The connection attempt failed.", "08001", new UnknownHostException("x")), true).problem());
        assertEquals(DbProblem.TIMEOUT, ProblemClassifier.classify(Engine.POSTGRESQL,
                new SQLException("An I/O error occurred", "08006", new SocketTimeoutException("Read timed out")), false).problem());
    }
}
