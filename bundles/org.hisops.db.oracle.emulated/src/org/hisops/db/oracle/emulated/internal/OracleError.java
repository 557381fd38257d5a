package org.hisops.db.oracle.emulated.internal;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.util.Locale;

/**
 * The Oracle errors the emulated server raises, shaped as the thin driver reports them: the ORA number as vendor
 * code, the message starting with the ORA text, and the SQLState and exception class that the 11.2.0.4 driver's
 * own table ({@code oracle/jdbc/driver/errorMap.xml} in ojdbc6) gives the number.
 */
enum OracleError {
    /** Unknown user or wrong password. */
    WRONG_PASSWORD(1017, "72000", "invalid username/password; logon denied"),
    ACCOUNT_LOCKED(28000, "99999", "the account is locked"),
    /** AS SYSDBA without being in the password file; DDL the emulated server refuses. */
    INSUFFICIENT_PRIVILEGES(1031, "42000", "insufficient privileges"),
    /** A normal login while the instance is starting, or while the database is only mounted. */
    STARTING_OR_MOUNTED(1033, "08006", "ORACLE initialization or shutdown in progress"),
    NOT_OPEN(1219, "64000", "database not open: queries allowed on fixed tables/views only"),
    NO_SUCH_TABLE(942, "42000", "table or view does not exist"),
    INVALID_IDENTIFIER(904, "42000", "%s: invalid identifier"),
    READ_ONLY_TRANSACTION(1456, "72000", "may not perform insert/delete/update operation inside a READ ONLY transaction"),
    CANCELLED(1013, "72000", "user requested cancel of current operation"),
    END_OF_FILE(3113, "08006", "end-of-file on communication channel"),
    /** The listener refuses: the thin driver puts its own sentence first and the TNS number after it. */
    UNKNOWN_SERVICE(12514, "66000", "TNS:listener does not currently know of service requested in connect descriptor"),
    UNKNOWN_SID(12505, "66000", "TNS:listener does not currently know of SID given in connect descriptor"),
    /** Nothing listens: the thin driver's I/O error with the socket's ConnectException as cause. */
    NETWORK_ADAPTER(17002, "08006", "The Network Adapter could not establish the connection"),
    CLOSED_CONNECTION(17008, "08003", "Closed Connection"),
    // Role transitions (ALTER DATABASE ... on a Data Guard scenario), as 10.2/11.2 answer them.
    ORACLE_NOT_AVAILABLE(1034, "08006", "ORACLE not available"),
    SESSIONS_CONNECTED(1093, "72000", "ALTER DATABASE CLOSE only permitted with no sessions connected"),
    ALREADY_OPEN(1531, "72000", "a database already open by the instance"),
    NOT_STANDBY_CONTROLFILE(1665, "72000", "control file is not a standby control file"),
    RECOVERY_ACTIVE(1153, "72000", "an incompatible media recovery is active"),
    RECOVERY_NOT_ACTIVE(16136, "72000", "Managed Standby Recovery not active"),
    MEDIA_RECOVERY_REQUIRED(16139, "72000", "media recovery required"),
    TARGET_NOT_SYNCHRONIZED(16416, "72000", "Switchover target is not synchronized with the primary"),
    // DBMS_DATAPUMP (PL/SQL Packages and Types Reference, DBMS_DATAPUMP; Error Messages ORA-39000..39999, 31600..)
    DATAPUMP_LOG_DIRECTORY(39002, "72000", "invalid operation\nORA-39070: Unable to open the log file.\n"
            + "ORA-39087: directory name %s is invalid"),
    DATAPUMP_DUMP_DIRECTORY(39001, "72000", "invalid argument value\nORA-39000: bad dump file specification\n"
            + "ORA-39087: directory name %s is invalid"),
    DATAPUMP_JOB_EXISTS(31634, "72000", "job already exists"),
    DATAPUMP_NO_SUCH_JOB(31626, "72000", "job does not exist");

    final int code;
    private final String sqlState;
    private final String text;

    OracleError(int code, String sqlState, String text) {
        this.code = code;
        this.sqlState = sqlState;
        this.text = text;
    }

    /** "ORA-01017" */
    String ora() {
        return String.format(Locale.ROOT, "ORA-%05d", code);
    }

    SQLException exception(Object... arguments) {
        String detail = String.format(Locale.ROOT, text, arguments);
        return switch (this) {
            case UNKNOWN_SERVICE, UNKNOWN_SID -> new SQLException("Listener refused the connection with the following "
                    + "error:\n" + ora() + ", " + detail + "\n", sqlState, code);
            case NETWORK_ADAPTER -> {
                SQLException e = new SQLRecoverableException("IO Error: " + detail, sqlState, code);
                e.initCause(new ConnectException("Connection refused"));
                yield e;
            }
            case CLOSED_CONNECTION -> new SQLRecoverableException(detail, sqlState, code);
            case STARTING_OR_MOUNTED, END_OF_FILE -> new SQLRecoverableException(ora() + ": " + detail + "\n", sqlState, code);
            case INSUFFICIENT_PRIVILEGES, NO_SUCH_TABLE, INVALID_IDENTIFIER ->
                new SQLSyntaxErrorException(ora() + ": " + detail + "\n", sqlState, code);
            case CANCELLED -> new SQLTimeoutException(ora() + ": " + detail + "\n", sqlState, code);
            default -> new SQLException(ora() + ": " + detail + "\n", sqlState, code);
        };
    }
}
