package org.hisops.db.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ChangeSession;
import org.hisops.db.api.ChangeWork;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.RowMapper;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;

/**
 * A connection lent to one changing action: auto-commit (or one transaction inside {@link #inTransaction}), a
 * timeout and the cancel hook on every statement.
 */
final class WritableSession implements ChangeSession {

    private final EndpointPool.Pooled pooled;
    private final Endpoint endpoint;
    private final Cancellation cancellation;
    private final SqlResources resources;
    private boolean inTransaction;

    WritableSession(EndpointPool.Pooled pooled, Endpoint endpoint, SqlResources resources, Cancellation cancellation) {
        this.pooled = pooled;
        this.endpoint = endpoint;
        this.resources = resources;
        this.cancellation = cancellation;
    }

    @Override
    public Sql sql(String id) {
        return resources.find(id, endpoint.engine(), pooled.version()).orElseThrow(() -> new IllegalStateException(
                "no SQL resource '" + id + "' for " + endpoint.engine() + " " + pooled.version()));
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public DbVersion serverVersion() {
        return pooled.version();
    }

    @Override
    public void execute(String statement, int timeoutSeconds) throws SQLException {
        refuseCancelled();
        try (Statement s = pooled.connection().createStatement();
                AutoCloseable hook = cancellation.onCancel(() -> cancelQuietly(s))) {
            s.setQueryTimeout(Math.max(1, timeoutSeconds));
            s.execute(statement);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
    }

    @Override
    public <T> List<T> query(String statement, int timeoutSeconds, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        refuseCancelled();
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = pooled.connection().prepareStatement(statement);
                AutoCloseable hook = cancellation.onCancel(() -> cancelQuietly(s))) {
            s.setQueryTimeout(Math.max(1, timeoutSeconds));
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
        return rows;
    }

    @Override
    public <T> T inTransaction(ChangeWork<T> work) throws SQLException {
        if (inTransaction) {
            throw new IllegalStateException("transactions do not nest");
        }
        refuseCancelled();
        Connection connection = pooled.connection();
        connection.setAutoCommit(false);
        inTransaction = true;
        boolean committed = false;
        try {
            T result = work.run(this);
            // A cancel that came after the last statement still wins: nothing of the work is kept.
            refuseCancelled();
            connection.commit();
            committed = true;
            return result;
        } finally {
            inTransaction = false;
            if (!committed) {
                rollbackQuietly(connection);
            }
            // the session is closed after the action anyway; restore auto-commit for any statement after this
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is gone: the server rolled back what was open
            }
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // a lost connection: the server rolls the open transaction back by itself
        }
    }

    private void refuseCancelled() throws SQLException {
        if (cancellation.isCancelled()) {
            throw new SQLException("cancelled before the statement was sent", "57014");
        }
    }

    private static void cancelQuietly(Statement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the statement finished meanwhile
        }
    }
}
