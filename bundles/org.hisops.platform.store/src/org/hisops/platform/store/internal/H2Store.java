package org.hisops.platform.store.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.StoreException;
import org.hisops.platform.api.StoreException.Reason;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link EmbeddedStore}: the H2 file {@code store/hisops.mv.db} of the {@link DataFolder}, opened on first use
 * through a small connection pool and closed when the component is deactivated.
 * <p>
 * H2 locks the file while it is open, so a second HisOps on the same data folder gets {@link Reason#LOCKED}; a file
 * H2 cannot read gets {@link Reason#DAMAGED}. Either way the component stays up, every {@link #connection()} tries
 * again, and the file is never replaced or deleted.
 */
@Component(service = EmbeddedStore.class)
public class H2Store implements EmbeddedStore {

    /** Owners whose schema {@link #connection(String, Bundle, String)} brought up to date while this store is open. */
    private final java.util.Set<String> migrated = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static final String DATABASE = "hisops";
    static final String USER = "hisops";
    /** Statements in the bundle's own folder; the version table is created on every open when missing. */
    static final String BOOTSTRAP = "store/bootstrap.sql";
    static final int MAX_CONNECTIONS = 8;

    private final Path folder;
    private final Path file;
    private final Logger logger;
    private final Bundle bundle;
    private final Object lock = new Object();
    private final Object migrating = new Object();

    private JdbcConnectionPool pool; // guarded by lock
    private boolean bootstrapped; // guarded by lock
    private boolean closed; // guarded by lock
    private volatile StoreException problem;

    @Activate
    public H2Store(BundleContext context, @Reference DataFolder dataFolder,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.bundle = context.getBundle();
        this.folder = dataFolder.path().resolve("store");
        this.file = folder.resolve(DATABASE + ".mv.db");
        this.logger = logger;
    }

    @Override
    public Path file() {
        return file;
    }

    @Override
    public Optional<StoreException> problem() {
        return Optional.ofNullable(problem);
    }

    private String url(boolean ifExists) {
        // DB_CLOSE_ON_EXIT=FALSE: the component closes the database, not a JVM hook racing the framework's shutdown.
        // TRACE_LEVEL_FILE=0: failures are logged by this component, H2 writes no .trace.db next to the data.
        return "jdbc:h2:file:" + folder.resolve(DATABASE) + ";DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0"
                + (ifExists ? ";IFEXISTS=TRUE" : "");
    }

    @Override
    public Connection connection() throws SQLException {
        JdbcConnectionPool p;
        synchronized (lock) {
            if (closed) {
                throw new StoreException(Reason.CLOSED, file, "the embedded store " + file + " is closed", null);
            }
            if (pool == null) {
                try {
                    Files.createDirectories(folder);
                } catch (IOException e) {
                    throw failed(new StoreException(Reason.UNAVAILABLE, file, "cannot create " + folder + ": " + e, e));
                }
                JdbcDataSource source = new JdbcDataSource();
                source.setURL(url(false));
                source.setUser(USER);
                source.setPassword("");
                pool = JdbcConnectionPool.create(source);
                pool.setMaxConnections(MAX_CONNECTIONS);
                pool.setLoginTimeout(30); // seconds a caller waits for a free connection
            }
            p = pool;
        }
        Connection connection;
        try {
            connection = p.getConnection();
        } catch (SQLException e) {
            throw failed(classify(e));
        }
        try {
            bootstrap(connection);
        } catch (SQLException e) {
            connection.close();
            throw failed(classify(e));
        }
        StoreException was = problem;
        if (was != null) {
            problem = null;
            logger.info("The embedded store {} is open again (it was: {})", file, was.reason());
        }
        return connection;
    }

    private void bootstrap(Connection connection) throws SQLException {
        synchronized (lock) {
            if (bootstrapped) {
                return;
            }
            try (Statement s = connection.createStatement()) {
                for (String sql : SchemaScript.split(resource(BOOTSTRAP))) {
                    s.execute(sql);
                }
            }
            bootstrapped = true;
        }
    }

    private String resource(String path) throws StoreException {
        URL url = bundle.getEntry(path);
        if (url == null) {
            throw new StoreException(Reason.SCRIPT_INVALID, file, bundle.getSymbolicName() + " lacks " + path, null);
        }
        try (InputStream in = url.openStream()) {
            return SchemaScript.of("V1__bootstrap.sql", in.readAllBytes()).text();
        } catch (IOException e) {
            throw new StoreException(Reason.SCRIPT_INVALID, file, "cannot read " + path, e);
        }
    }

    /** Remembers and logs (once per kind) why the store cannot be opened. */
    private StoreException failed(StoreException e) {
        StoreException was = problem;
        problem = e;
        if (was == null || was.reason() != e.reason()) {
            if (e.reason() == Reason.LOCKED) {
                logger.warn("{}", e.getMessage());
            } else {
                logger.error("{}", e.getMessage(), e);
            }
        }
        return e;
    }

    private StoreException classify(SQLException e) {
        if (e instanceof StoreException s) {
            return s;
        }
        String h2 = e.getMessage();
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new StoreException(Reason.LOCKED, file, "The embedded store " + file
                    + " is in use by another program, most likely another HisOps started on the same data folder; "
                    + "HisOps carries on and tries again on the next use (" + h2 + ")", e);
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                damaged(e);
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2 -> causedBy(e, EOFException.class) ? damaged(e)
                    : new StoreException(Reason.UNAVAILABLE, file, "The embedded store " + file + " cannot be opened: " + h2, e);
            default -> new StoreException(Reason.UNAVAILABLE, file, "The embedded store " + file + " cannot be used: " + h2, e);
        };
    }

    private StoreException damaged(SQLException e) {
        return new StoreException(Reason.DAMAGED, file, "The embedded store " + file + " cannot be read (damaged, or written by "
                + "an incompatible version); it is left untouched. Restore it from a backup or move it away and restart "
                + "HisOps (" + e.getMessage() + ")", e);
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Connection connection(String owner, Bundle ownerBundle, String scriptFolder) throws SQLException {
        if (!migrated.contains(owner)) {
            migrate(owner, ownerBundle, scriptFolder);
            migrated.add(owner);
        }
        return connection();
    }

    @Override
    public int migrate(String owner, Bundle ownerBundle, String scriptFolder) throws StoreException {
        if (owner == null || !owner.matches("[A-Za-z][A-Za-z0-9_.-]{0,99}")) {
            throw new IllegalArgumentException("owner must be a name of letters, digits, '_', '.', '-': " + owner);
        }
        List<SchemaScript> scripts = SchemaScript.read(ownerBundle, scriptFolder);
        synchronized (migrating) {
            try (Connection c = connection()) {
                Map<Integer, String[]> applied = new HashMap<>();
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT VERSION, SCRIPT, CHECKSUM, APPLIED_AT FROM HISOPS_SCHEMA_VERSION WHERE OWNER = ?")) {
                    q.setString(1, owner);
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            applied.put(r.getInt(1), new String[] { r.getString(2), r.getString(3), r.getString(4) });
                        }
                    }
                }
                int version = 0;
                for (SchemaScript script : scripts) {
                    String[] done = applied.get(script.version());
                    if (done != null) {
                        if (!done[1].equals(script.checksum())) {
                            throw new StoreException(Reason.SCRIPT_CHANGED, file, owner + ": " + script.name() + " of "
                                    + ownerBundle.getSymbolicName() + " was changed after it was applied (as " + done[0]
                                    + " on " + done[2] + "; checksum then " + done[1] + ", now " + script.checksum()
                                    + "). Put the original text back and make the change a new script.", null);
                        }
                    } else {
                        apply(c, owner, script);
                    }
                    version = script.version();
                }
                int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
                if (newest > version) {
                    logger.warn("The embedded store holds version {} of '{}', newer than the scripts of {} (up to {}): "
                            + "written by a newer HisOps; nothing was changed", newest, owner,
                            ownerBundle.getSymbolicName(), version);
                    return newest;
                }
                return version;
            } catch (StoreException e) {
                throw e;
            } catch (SQLException e) {
                throw classify(e);
            }
        }
    }

    private void apply(Connection c, String owner, SchemaScript script) throws StoreException {
        List<String> statements = script.statements();
        int i = 0;
        try {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (; i < statements.size(); i++) {
                    s.execute(statements.get(i));
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO HISOPS_SCHEMA_VERSION "
                    + "(OWNER, VERSION, SCRIPT, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?, ?)")) {
                insert.setString(1, owner);
                insert.setInt(2, script.version());
                insert.setString(3, script.name());
                insert.setString(4, script.checksum());
                insert.setObject(5, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            c.commit();
            logger.info("Embedded store: applied {} of '{}'", script.name(), owner);
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // the failure below says what went wrong
            }
            throw new StoreException(Reason.SCRIPT_FAILED, file, owner + ": " + script.name() + ", statement " + (i + 1)
                    + " of " + statements.size() + ", failed: " + e.getMessage(), e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the pool drops it
            }
        }
    }

    /**
     * Closes the pool. Connections still lent out would keep the database open, so the database is then shut down
     * outright; a database that was never opened is not opened for this.
     */
    @Deactivate
    void close() {
        JdbcConnectionPool p;
        synchronized (lock) {
            closed = true;
            migrated.clear();
            p = pool;
            pool = null;
        }
        if (p == null) {
            return;
        }
        int lent = p.getActiveConnections();
        p.dispose();
        if (lent > 0) {
            JdbcDataSource source = new JdbcDataSource();
            source.setURL(url(true));
            source.setUser(USER);
            source.setPassword("");
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            } catch (SQLException e) {
                if (e.getErrorCode() != ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1) {
                    logger.warn("Shutting the embedded store {} down: {}", file, e.toString());
                }
            }
        }
        logger.debug("The embedded store {} is closed", file);
    }
}
