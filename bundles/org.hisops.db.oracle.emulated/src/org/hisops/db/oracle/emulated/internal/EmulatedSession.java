package org.hisops.db.oracle.emulated.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.api.ErrorCode;

/**
 * An Oracle session of the emulated server: a JDBC connection that answers like the thin driver does. It wraps an
 * H2 connection and keeps what H2 does not have: Oracle's session statements (SET TRANSACTION READ ONLY, ALTER
 * SESSION) and client info are accepted, a change inside a read-only transaction fails with ORA-01456, the metadata
 * reports the scenario's banner, and H2's errors come back as the ORA errors Oracle raises in their place.
 */
final class EmulatedSession implements InvocationHandler {

    private static final Set<String> EXECUTE = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "addBatch", "executeBatch", "executeLargeBatch");
    private static final Pattern COLUMN = Pattern.compile("Column \"([^\"]+)\" not found");
    /** Marks "let H2 run it". */
    private static final Object RUN = new Object();

    private final Scenario scenario;
    private final String user;
    private final boolean mounted;
    private final Connection h2;
    private final Connection proxy;
    private final Properties clientInfo = new Properties();
    private volatile boolean readOnlyTransaction;
    private volatile boolean readOnly;

    private final org.hisops.db.oracle.catalogue.OracleCatalogue catalogue;
    private final boolean sysdba;

    private EmulatedSession(Scenario scenario, String user, boolean mounted, Connection h2,
            org.hisops.db.oracle.catalogue.OracleCatalogue catalogue, boolean sysdba) {
        this.scenario = scenario;
        this.catalogue = catalogue;
        this.sysdba = sysdba;
        this.user = user;
        this.mounted = mounted;
        this.h2 = h2;
        this.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] { Connection.class }, this);
    }

    /** A session as {@code user} on an H2 connection that already has the right privileges. */
    static Connection open(Scenario scenario, String user, boolean mounted, Connection h2,
            org.hisops.db.oracle.catalogue.OracleCatalogue catalogue, boolean sysdba) {
        return new EmulatedSession(scenario, user, mounted, h2, catalogue, sysdba).proxy;
    }

    /** The emulated session behind a connection, or null when it is not one. */
    static EmulatedSession of(Connection connection) {
        return connection != null && Proxy.isProxyClass(connection.getClass())
                && Proxy.getInvocationHandler(connection) instanceof EmulatedSession session ? session : null;
    }

    Scenario scenario() {
        return scenario;
    }

    @Override
    public Object invoke(Object self, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "createStatement":
                return statement(Statement.class, (Statement) call(h2, method, args, false), null);
            case "prepareStatement":
            case "prepareCall":
                return prepare(method, args);
            case "getMetaData":
                return metadata(h2.getMetaData());
            case "setClientInfo":
                // Oracle shows it in V$SESSION (MODULE, ACTION, CLIENT_IDENTIFIER); here it is only kept.
                if (args.length == 2) {
                    if (args[1] == null) {
                        clientInfo.remove(args[0]);
                    } else {
                        clientInfo.setProperty((String) args[0], (String) args[1]);
                    }
                } else if (args[0] != null) {
                    clientInfo.putAll((Properties) args[0]);
                }
                return null;
            case "getClientInfo":
                if (args == null || args.length == 0) {
                    Properties copy = new Properties();
                    copy.putAll(clientInfo);
                    return copy;
                }
                return clientInfo.getProperty((String) args[0]);
            case "setReadOnly":
                readOnly = (Boolean) args[0];
                return call(h2, method, args, false);
            case "isReadOnly":
                return readOnly;
            case "commit":
            case "rollback":
                if (args == null || args.length == 0) {
                    readOnlyTransaction = false; // the transaction ends, and its READ ONLY with it
                }
                return call(h2, method, args, false);
            case "setAutoCommit":
                if (Boolean.TRUE.equals(args[0])) {
                    readOnlyTransaction = false; // switching autocommit on commits
                }
                return call(h2, method, args, false);
            case "unwrap":
                if (((Class<?>) args[0]).isInstance(self)) {
                    return self;
                }
                throw new SQLException("the emulated Oracle session is not a wrapper for " + args[0]);
            case "isWrapperFor":
                return ((Class<?>) args[0]).isInstance(self);
            case "toString":
                return "emulated Oracle session " + user + "@" + scenario.name();
            case "hashCode":
                return System.identityHashCode(self);
            case "equals":
                return self == args[0];
            default:
                return call(h2, method, args, false);
        }
    }

    private Object prepare(Method method, Object[] args) throws SQLException {
        String sql = (String) args[0];
        StatementKind kind = StatementKind.of(sql);
        if (kind == StatementKind.QUERY) {
            args = args.clone();
            args[0] = emulated(sql);
        }
        if (kind == StatementKind.QUERY && DataPump.polls(sql)) {
            DataPump.poll(scenario, catalogue);
        }
        if (kind == StatementKind.QUERY || kind == StatementKind.CHANGE || kind == StatementKind.OTHER) {
            Statement prepared = (Statement) call(h2, method, args, kind == StatementKind.CHANGE);
            return statement(method.getReturnType(), prepared, kind);
        }
        // Session statements, DDL and PL/SQL never reach H2 (it would not parse them): a plain statement stands in.
        return statement(method.getReturnType(), h2.createStatement(), kind);
    }

    private Object statement(Class<?> type, Statement target, StatementKind prepared) {
        Class<?> api = type == CallableStatement.class ? CallableStatement.class
                : type == PreparedStatement.class ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] { api },
                new StatementHandler(target, prepared));
    }

    /** A statement of this session: every execution passes the session's rules first. */
    private final class StatementHandler implements InvocationHandler {

        private final Statement target;
        private final StatementKind prepared;

        StatementHandler(Statement target, StatementKind prepared) {
            this.target = target;
            this.prepared = prepared;
        }

        @Override
        public Object invoke(Object self, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (EXECUTE.contains(name)) {
                StatementKind kind = args != null && args.length > 0 && args[0] instanceof String sql
                        ? StatementKind.of(sql) : prepared;
                if (kind == StatementKind.QUERY && args != null && args.length > 0 && args[0] instanceof String text) {
                    args = args.clone();
                    args[0] = emulated(text);
                }
                if (kind == StatementKind.PLSQL && args != null && args.length > 0 && args[0] instanceof String block
                        && DataPump.handles(block)) {
                    DataPump.apply(scenario, catalogue, user, sysdba, readOnly || readOnlyTransaction, block);
                    return done(name);
                }
                if (kind == StatementKind.QUERY && args != null && args.length > 0 && args[0] instanceof String query
                        && DataPump.polls(query)) {
                    DataPump.poll(scenario, catalogue);
                }
                if ((kind == StatementKind.DDL || kind == StatementKind.PLSQL) && args != null && args.length > 0
                        && args[0] instanceof String maintenance && Maintenance.handles(maintenance)) {
                    Maintenance.apply(scenario, catalogue, sysdba, readOnly || readOnlyTransaction, maintenance);
                    return done(name);
                }
                if (kind == StatementKind.DDL && args != null && args.length > 0 && args[0] instanceof String ddl
                        && RoleTransitions.handles(ddl)) {
                    RoleTransitions.apply(scenario, catalogue, sysdba, ddl);
                    return done(name);
                }
                if (kind != null) {
                    Object handled = before(kind, name);
                    return handled != RUN ? handled : call(target, method, args, kind == StatementKind.CHANGE);
                }
            }
            switch (name) {
                case "getConnection":
                    return proxy;
                case "unwrap":
                    if (((Class<?>) args[0]).isInstance(self)) {
                        return self;
                    }
                    throw new SQLException("the emulated Oracle statement is not a wrapper for " + args[0]);
                case "isWrapperFor":
                    return ((Class<?>) args[0]).isInstance(self);
                case "toString":
                    return "emulated Oracle statement of " + user + "@" + scenario.name();
                case "hashCode":
                    return System.identityHashCode(self);
                case "equals":
                    return self == args[0];
                default:
                    if (!method.getDeclaringClass().isInstance(target)) {
                        throw new SQLException(name + " is not available on this emulated statement");
                    }
                    return call(target, method, args, false);
            }
        }
    }

    /** Oracle's rules before a statement runs: what is emulated here, what is refused, what H2 may run. */
    private Object before(StatementKind kind, String method) throws SQLException {
        switch (kind) {
            case BEGIN_READ_ONLY:
                readOnlyTransaction = true;
                return done(method);
            case BEGIN_READ_WRITE:
                readOnlyTransaction = false;
                return done(method);
            case SESSION:
                return done(method);
            case CHANGE:
                if (readOnlyTransaction || readOnly) {
                    throw OracleError.READ_ONLY_TRANSACTION.exception();
                }
                return RUN; // H2 refuses it by its grants: the emulated data never changes
            case DDL:
                // Oracle would commit and run it; the accounts of a scenario hold no DDL privilege, and the
                // emulated dictionary must stay what its scenario says.
                throw OracleError.INSUFFICIENT_PRIVILEGES.exception();
            case PLSQL:
                throw new SQLException("the emulated Oracle server (H2) has no PL/SQL", "0A000", 0);
            default:
                return RUN;
        }
    }

    /** A query as the stand-in runs it: SYSDATE frozen, and what H2 lacks rewritten ({@link OracleFunctions}). */
    private String emulated(String sql) throws SQLException {
        return OracleFunctions.emulate(sql, scenario.clock(), this::scn);
    }

    /**
     * The scenario's SCN for DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER: V$DATABASE.CURRENT_SCN of its data. Read each
     * time, as a role transition may rewrite V$DATABASE. The EXECUTE privilege on DBMS_FLASHBACK is not checked.
     */
    private long scn() throws SQLException {
        try (Connection c = EmulatedDatabase.of(scenario, catalogue).admin();
                Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT MAX(CURRENT_SCN) FROM SYS.\"V$DATABASE\"")) {
            if (r.next() && r.getObject(1) != null) {
                return r.getLong(1);
            }
        }
        // a fault of the scenario's files, not of Oracle: no ORA code
        throw new SQLException("the emulated Oracle scenario " + scenario.name() + " has no V$DATABASE.CURRENT_SCN "
                + "for DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER: add it to the scenario's data.sql", "HY000", 0);
    }

    private static Object done(String method) throws SQLException {
        return switch (method) {
            case "execute" -> Boolean.FALSE;
            case "executeUpdate" -> 0;
            case "executeLargeUpdate" -> 0L;
            case "executeBatch" -> new int[0];
            case "executeLargeBatch" -> new long[0];
            case "addBatch" -> null;
            default -> throw new SQLException("the statement returns no rows", "HY000", 0);
        };
    }

    private Object metadata(DatabaseMetaData h2Metadata) {
        return Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(), new Class<?>[] { DatabaseMetaData.class },
                (self, method, args) -> switch (method.getName()) {
                    case "getDatabaseProductName" -> "Oracle";
                    case "getDatabaseProductVersion" -> scenario.banner();
                    case "getDatabaseMajorVersion" -> scenario.version().major();
                    case "getDatabaseMinorVersion" -> scenario.version().minor();
                    case "getDriverName" -> "HisOps emulated Oracle (H2 in Oracle mode)";
                    case "getUserName" -> user;
                    case "getURL" -> "emulated Oracle scenario " + scenario.name();
                    case "getConnection" -> proxy;
                    case "toString" -> "metadata of " + proxy;
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> call(h2Metadata, method, args, false);
                });
    }

    private Object call(Object target, Method method, Object[] args, boolean changing) throws SQLException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof SQLException h2Error) {
                throw oracle(h2Error, changing);
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new SQLException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new SQLException(e);
        }
    }

    /**
     * The ORA error Oracle raises where H2 raised this one. H2's own code is never passed on as a cause, since a
     * reader of the ORA number would take H2's number for Oracle's.
     */
    private SQLException oracle(SQLException h2Error, boolean changing) {
        SQLException e = switch (h2Error.getErrorCode()) {
            // A mounted database cannot even look a name up: every non-fixed object gives ORA-01219.
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
                    ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1, ErrorCode.SCHEMA_NOT_FOUND_1 ->
                (mounted ? OracleError.NOT_OPEN : OracleError.NO_SUCH_TABLE).exception();
            // Oracle hides what a user may not read (ORA-00942) and refuses what he may not change (ORA-01031).
            case ErrorCode.NOT_ENOUGH_RIGHTS_FOR_1 -> (mounted ? OracleError.NOT_OPEN
                    : changing ? OracleError.INSUFFICIENT_PRIVILEGES : OracleError.NO_SUCH_TABLE).exception();
            case ErrorCode.COLUMN_NOT_FOUND_1 -> {
                Matcher m = COLUMN.matcher(String.valueOf(h2Error.getMessage()));
                yield OracleError.INVALID_IDENTIFIER.exception(m.find() ? "\"" + m.group(1) + "\"" : "\"?\"");
            }
            case ErrorCode.STATEMENT_WAS_CANCELED -> OracleError.CANCELLED.exception();
            case ErrorCode.CONNECTION_BROKEN_1, ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN ->
                OracleError.END_OF_FILE.exception();
            case ErrorCode.OBJECT_CLOSED -> OracleError.CLOSED_CONNECTION.exception();
            // What Oracle would do here is not known: say it is the stand-in that cannot, not Oracle.
            default -> new SQLException("the emulated Oracle server (H2) cannot run this statement: "
                    + h2Error.getMessage(), h2Error.getSQLState(), 0);
        };
        e.addSuppressed(h2Error);
        return e;
    }
}
