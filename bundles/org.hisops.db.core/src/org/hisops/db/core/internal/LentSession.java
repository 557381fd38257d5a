package org.hisops.db.core.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RowMapper;
import org.hisops.db.api.Session;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;

/** A pooled connection lent to one piece of work: every statement gets the timeout and the cancel hook. */
final class LentSession implements Session {

    private static final int FETCH_SIZE = 500;

    private final EndpointPool.Pooled pooled;
    private final Endpoint endpoint;
    private final SqlResources resources;
    private final Cancellation cancellation;

    LentSession(EndpointPool.Pooled pooled, Endpoint endpoint, SqlResources resources, Cancellation cancellation) {
        this.pooled = pooled;
        this.endpoint = endpoint;
        this.resources = resources;
        this.cancellation = cancellation;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    /** The driver that opened the session, for the probe's report. */
    String driver() {
        return pooled.driver();
    }

    @Override
    public DbVersion serverVersion() {
        return pooled.version();
    }

    @Override
    public Sql sql(String id) {
        return resources.find(id, endpoint.engine(), pooled.version()).orElseThrow(() -> new IllegalStateException(
                "no SQL resource '" + id + "' for " + endpoint.engine() + " " + pooled.version()));
    }

    @Override
    public <T> List<T> query(Sql sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        run(sql, parameters, rs -> {
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
        });
        return rows;
    }

    @Override
    public <T> Optional<T> queryFirst(Sql sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> first = new ArrayList<>(1);
        run(sql, parameters, rs -> {
            if (rs.next()) {
                first.add(mapper.map(rs));
            }
        });
        return first.stream().findFirst();
    }

    private interface Rows {
        void read(ResultSet rs) throws SQLException;
    }

    private void run(Sql sql, Object[] parameters, Rows rows) throws SQLException {
        check(sql);
        if (cancellation.isCancelled()) {
            throw new SQLException("cancelled before the statement was sent", "57014");
        }
        try (PreparedStatement statement = pooled.connection().prepareStatement(sql.text());
                AutoCloseable hook = cancellation.onCancel(() -> cancelQuietly(statement))) {
            statement.setQueryTimeout(endpoint.statementTimeoutSeconds());
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = statement.executeQuery()) {
                rows.read(rs);
            }
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e);
        }
    }

    /** A statement written for another engine is a programming error, not a database problem. */
    private void check(Sql sql) {
        Engine engine = endpoint.engine();
        boolean fits = sql.engine() == engine || (engine == Engine.KINGBASE && sql.engine() == Engine.POSTGRESQL);
        if (!fits) {
            throw new IllegalArgumentException(sql.id() + " is written for " + sql.engine() + ", not " + engine);
        }
    }

    private static void cancelQuietly(PreparedStatement statement) {
        try {
            statement.cancel();
        } catch (SQLException e) {
            // the statement finished meanwhile
        }
    }
}
