package org.hisops.db.core.internal;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.SessionWork;
import org.hisops.db.api.Sql;
import org.hisops.db.api.SqlResources;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * {@link DatabaseSessions}: one {@link EndpointPool} per endpoint, drivers chosen among the installed
 * {@link DriverProvider}s by engine and server version, sessions set up read-only with the statement timeout,
 * every failure classified. Connection attempts run on a thread of their own, so a cancel or a hanging network
 * never blocks the caller longer than the connect timeout.
 */
@Component(service = DatabaseSessions.class)
public class SessionBroker implements DatabaseSessions {

    private final CredentialStore credentials;
    private final SqlResources sqlResources;
    private final Logger logger;
    private final Map<String, EndpointPool> pools = new ConcurrentHashMap<>();
    private final Map<String, DbVersion> knownVersions = new ConcurrentHashMap<>();
    /** Installed drivers, highest service ranking first; SCR gets and ungets the objects. */
    private final java.util.NavigableMap<ServiceReference<DriverProvider>, DriverProvider> drivers =
            new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    private final ExecutorService connector = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "hisops-db-connect");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public SessionBroker(@Reference CredentialStore credentials,
            @Reference SqlResources sqlResources, @Reference(service = LoggerFactory.class) Logger logger) {
        this.credentials = credentials;
        this.sqlResources = sqlResources;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDriver(ServiceReference<DriverProvider> reference, DriverProvider provider) {
        synchronized (drivers) {
            drivers.put(reference, provider);
        }
    }

    void removeDriver(ServiceReference<DriverProvider> reference) {
        synchronized (drivers) {
            drivers.remove(reference);
        }
    }

    @Deactivate
    void deactivate() {
        pools.values().forEach(EndpointPool::closeIdle);
        connector.shutdownNow();
    }

    @Override
    public <T> T read(Endpoint endpoint, SessionWork<T> work, Cancellation cancellation) throws DatabaseException {
        return read(endpoint, false, null, work, cancellation);
    }

    @Override
    public <T> T readSnapshot(Endpoint endpoint, String importSnapshot, SessionWork<T> work,
            Cancellation cancellation) throws DatabaseException {
        if (importSnapshot != null && (endpoint.engine() == Engine.ORACLE
                || !importSnapshot.matches("[0-9A-Fa-f]+-[0-9A-Fa-f]+(-[0-9]+)?"))) {
            throw new IllegalArgumentException("not a PostgreSQL snapshot id for " + endpoint.id());
        }
        return read(endpoint, true, importSnapshot, work, cancellation);
    }

    private <T> T read(Endpoint endpoint, boolean snapshot, String importSnapshot, SessionWork<T> work,
            Cancellation cancellation) throws DatabaseException {
        refuseUiThread();
        EndpointPool pool = pools.computeIfAbsent(endpoint.id(), id -> new EndpointPool(endpoint));
        pool.update(endpoint);
        EndpointPool.Pooled pooled;
        try {
            pooled = pool.borrow(cancellation, this::open);
        } catch (BrokerException e) {
            throw exception(endpoint, e);
        }
        boolean broken = false;
        try {
            begin(pooled, endpoint);
            if (snapshot && endpoint.engine().postgresFamily()) {
                beginSnapshot(pooled, endpoint, importSnapshot);
            }
            T result;
            try {
                result = work.run(new LentSession(pooled, endpoint, sqlResources, cancellation));
            } finally {
                if (snapshot && endpoint.engine().postgresFamily()) {
                    endSnapshot(pooled);
                }
            }
            end(pooled, endpoint);
            return result;
        } catch (SQLException e) {
            ProblemClassifier.Classified c = cancellation.isCancelled()
                    ? new ProblemClassifier.Classified(DbProblem.CANCELLED, null)
                    : ProblemClassifier.classify(endpoint.engine(), e, false);
            broken = c.problem() == DbProblem.CONNECTION_LOST || c.problem() == DbProblem.TIMEOUT
                    || c.problem() == DbProblem.CANCELLED || !alive(pooled.connection());
            throw new DatabaseException(c.problem(), c.serverCode(), endpoint.id(), e.getMessage(), e);
        } catch (RuntimeException e) {
            broken = true;
            throw e;
        } finally {
            pool.release(pooled, broken);
        }
    }

    @Override
    public <T> T change(Endpoint endpoint, String purpose, org.hisops.db.api.ChangeWork<T> work,
            Cancellation cancellation) throws DatabaseException {
        refuseUiThread();
        EndpointPool pool = pools.computeIfAbsent(endpoint.id(), id -> new EndpointPool(endpoint));
        pool.update(endpoint);
        EndpointPool.Pooled pooled;
        try {
            pooled = pool.borrow(cancellation, this::open);
        } catch (BrokerException e) {
            throw exception(endpoint, e);
        }
        logger.info("Writable session on endpoint {} for {}", endpoint.id(), purpose);
        try {
            makeWritable(pooled, endpoint);
            return work.run(new WritableSession(pooled, endpoint, sqlResources, cancellation));
        } catch (SQLException e) {
            ProblemClassifier.Classified c = cancellation.isCancelled()
                    ? new ProblemClassifier.Classified(DbProblem.CANCELLED, null)
                    : ProblemClassifier.classify(endpoint.engine(), e, false);
            throw new DatabaseException(c.problem(), c.serverCode(), endpoint.id(), e.getMessage(), e);
        } finally {
            // Always closed: a session that was writable never goes back to the readers' pool.
            pool.release(pooled, true);
        }
    }

    private void makeWritable(EndpointPool.Pooled pooled, Endpoint endpoint) throws SQLException {
        Connection connection = pooled.connection();
        if (endpoint.engine() == Engine.ORACLE) {
            connection.rollback(); // nothing of a reader's transaction is carried over
        }
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
        if (endpoint.engine().postgresFamily()) {
            execute(connection, sql("db.session.readwrite", endpoint, pooled.version()));
        }
    }

    @Override
    public ProbeResult probe(Endpoint endpoint, Cancellation cancellation) throws DatabaseException {
        forget(endpoint.id()); // "Test connection" proves that a new connection works now
        long start = System.nanoTime();
        long[] connected = new long[1];
        String[] driver = new String[1];
        return read(endpoint, session -> {
            connected[0] = System.nanoTime();
            driver[0] = driverOf(session);
            Sql ping = session.sql("db.probe.ping");
            long[] rtt = new long[3];
            for (int i = 0; i < rtt.length; i++) {
                long t0 = System.nanoTime();
                session.query(ping, rs -> rs.getInt(1));
                rtt[i] = System.nanoTime() - t0;
            }
            Arrays.sort(rtt);
            Duration connectTime = Duration.ofNanos(connected[0] - start);
            Duration roundTrip = Duration.ofNanos(rtt[1]);
            if (endpoint.engine() == Engine.ORACLE) {
                String banner = session.queryFirst(session.sql("db.probe.banner"), rs -> rs.getString(1)).orElse("");
                String[] instance = session.queryFirst(session.sql("db.probe.instance"),
                        rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).orElseThrow();
                String[] database = session.queryFirst(session.sql("db.probe.database"),
                        rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }).orElseThrow();
                return new ProbeResult(Engine.ORACLE, DbVersion.parse(instance[2]), banner, database[0],
                        instance[0] + "@" + instance[1], database[1], database[2], connectTime, roundTrip, driver[0],
                        endpoint.emulated());
            }
            String[] server = session.queryFirst(session.sql("db.probe.server"), rs -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3), Boolean.toString(rs.getBoolean(4)), rs.getString(5) })
                    .orElseThrow();
            boolean standby = Boolean.parseBoolean(server[3]);
            Engine engine = server[0].toLowerCase(java.util.Locale.ROOT).contains("kingbase") ? Engine.KINGBASE
                    : Engine.POSTGRESQL;
            return new ProbeResult(engine, DbVersion.parse(server[1]), server[0], server[2], server[4],
                    standby ? "READ ONLY (HOT STANDBY)" : "READ WRITE", standby ? "STANDBY" : "PRIMARY", connectTime,
                    roundTrip, driver[0], endpoint.emulated());
        }, cancellation);
    }

    private String driverOf(org.hisops.db.api.Session session) {
        return session instanceof LentSession lent ? lent.driver() : "";
    }

    /** A database call on the UI thread would freeze the window for as long as the network takes. */
    private static void refuseUiThread() {
        String ui = System.getProperty(UI_THREAD_PROPERTY);
        if (ui != null && ui.equals(Long.toString(Thread.currentThread().threadId()))) {
            throw new IllegalStateException("database work was started on the UI thread; run it in a job");
        }
    }

    @Override
    public int openSessions(String endpointId) {
        EndpointPool pool = pools.get(endpointId);
        return pool == null ? 0 : pool.open();
    }

    @Override
    public void forget(String endpointId) {
        EndpointPool pool = pools.get(endpointId);
        if (pool != null) {
            pool.closeIdle();
        }
    }

    /** Opens a new session: the password from secure storage, a driver that accepts the server, the set-up. */
    private EndpointPool.Pooled open(Endpoint endpoint, Cancellation cancellation) throws BrokerException {
        char[] password = password(endpoint);
        try {
            DbVersion known = knownVersions.computeIfAbsent(endpoint.id(), id -> declared(endpoint));
            List<DriverProvider> candidates = candidates(endpoint, known);
            if (candidates.isEmpty()) {
                throw new BrokerException(DbProblem.NO_DRIVER, null, "no installed driver accepts " + endpoint.engine()
                        + (known == null ? "" : " " + known));
            }
            SQLException last = null;
            for (int i = 0; i < candidates.size(); i++) {
                DriverProvider driver = candidates.get(i);
                try {
                    Connection connection = connect(driver, endpoint, password, cancellation);
                    try {
                        DbVersion version = driver.serverVersion(connection);
                        knownVersions.put(endpoint.id(), version);
                        if (!driver.accepts(endpoint, version) && known == null) {
                            // Connected before the version was known (e.g. the 19c driver to a 10.2 server):
                            // reconnect with the driver meant for this version.
                            EndpointPool.close(new EndpointPool.Pooled(connection, null, null, 0));
                            return open(endpoint, cancellation);
                        }
                        setUp(connection, endpoint, version);
                        return new EndpointPool.Pooled(connection, version, driver.description(), System.nanoTime());
                    } catch (SQLException | RuntimeException e) {
                        EndpointPool.close(new EndpointPool.Pooled(connection, null, null, 0));
                        throw e;
                    }
                } catch (SQLException e) {
                    last = e;
                    if (!(driver.versionMismatch(e) && i + 1 < candidates.size())) {
                        break;
                    }
                    logger.info("{} cannot talk to endpoint {} ({}); trying the next driver", driver.description(),
                            endpoint.id(), e.getMessage());
                }
            }
            ProblemClassifier.Classified c = ProblemClassifier.classify(endpoint.engine(), last, true);
            throw new BrokerException(c.problem(), c.serverCode(), last.getMessage(), last);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private char[] password(Endpoint endpoint) throws BrokerException {
        try {
            Optional<char[]> stored = credentials.password(endpoint.id());
            if (stored.isEmpty()) {
                throw new BrokerException(DbProblem.NO_CREDENTIALS, null, "no password is stored for " + endpoint.id());
            }
            return stored.get();
        } catch (IOException e) {
            throw new BrokerException(DbProblem.NO_CREDENTIALS, null, e.getMessage(), e);
        }
    }

    private static DbVersion declared(Endpoint endpoint) {
        try {
            return endpoint.declaredVersion() == null ? null : DbVersion.parse(endpoint.declaredVersion());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<DriverProvider> candidates(Endpoint endpoint, DbVersion version) {
        List<DriverProvider> installed;
        synchronized (drivers) {
            installed = new ArrayList<>(drivers.values());
        }
        List<DriverProvider> accepting = new ArrayList<>();
        for (DriverProvider provider : installed) {
            try {
                if (provider.accepts(endpoint, version)) {
                    accepting.add(provider);
                }
            } catch (RuntimeException e) {
                logger.error("Driver provider {} failed to answer; it is skipped", provider.getClass().getName(), e);
            }
        }
        return accepting;
    }

    /** Connects on the connector thread; the caller waits at most the timeout and can cancel. */
    private Connection connect(DriverProvider driver, Endpoint endpoint, char[] password, Cancellation cancellation)
            throws SQLException, BrokerException {
        char[] copy = password.clone();
        AtomicBoolean abandoned = new AtomicBoolean();
        CompletableFuture<Connection> attempt = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.connect(endpoint, copy, endpoint.connectTimeoutSeconds());
            } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            } finally {
                Arrays.fill(copy, '\0');
            }
        }, connector);
        // A connection that arrives after the caller gave up is closed, not leaked.
        attempt.thenAccept(c -> {
            if (abandoned.get()) {
                EndpointPool.close(new EndpointPool.Pooled(c, null, null, 0));
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(endpoint.connectTimeoutSeconds() + 2L);
        while (true) {
            try {
                return attempt.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (cancellation.isCancelled() || System.nanoTime() > deadline) {
                    abandoned.set(true);
                    if (attempt.isDone() && !attempt.isCompletedExceptionally()) {
                        EndpointPool.close(new EndpointPool.Pooled(attempt.join(), null, null, 0));
                    }
                    throw cancellation.isCancelled()
                            ? new BrokerException(DbProblem.CANCELLED, null, "cancelled while connecting")
                            : new BrokerException(DbProblem.TIMEOUT, null, "no connection within "
                                    + endpoint.connectTimeoutSeconds() + " s");
                }
            } catch (InterruptedException e) {
                abandoned.set(true);
                Thread.currentThread().interrupt();
                throw new BrokerException(DbProblem.CANCELLED, null, "interrupted while connecting");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException sql) {
                    throw sql;
                }
                throw new SQLException(e.getCause());
            }
        }
    }

    /**
     * Every session is read-only and bounded: PostgreSQL enforces both on the server (read-only transactions,
     * statement_timeout); Oracle runs each piece of work in a READ ONLY transaction that is rolled back at its end
     * (see begin/end), and every statement carries the JDBC query timeout.
     */
    private void setUp(Connection connection, Endpoint endpoint, DbVersion version) throws SQLException {
        if (endpoint.engine().postgresFamily()) {
            connection.setAutoCommit(true);
            execute(connection, sql("db.session.readonly", endpoint, version));
            try (var ps = connection.prepareStatement(sql("db.session.settings", endpoint, version).text())) {
                ps.setString(1, endpoint.statementTimeoutSeconds() + "s");
                ps.setQueryTimeout(endpoint.statementTimeoutSeconds());
                ps.executeQuery().close();
            }
        } else {
            connection.setAutoCommit(false);
            try {
                connection.setClientInfo("OCSID.MODULE", "HisOps");
            } catch (SQLException | RuntimeException e) {
                // informational only (shows as MODULE in V$SESSION); older drivers may refuse it
            }
        }
        connection.setReadOnly(true);
    }

    private void begin(EndpointPool.Pooled pooled, Endpoint endpoint) throws SQLException {
        if (endpoint.engine() == Engine.ORACLE) {
            try {
                execute(pooled.connection(), sql("db.session.readonly", endpoint, pooled.version()));
            } catch (SQLException e) {
                int code = ProblemClassifier.oraCode(e);
                // A mounted standby (1219, 1109) has no transactions to make read-only; SYS may refuse (1456).
                if (code != 1219 && code != 1109 && code != 1033 && code != 1456 && code != 16000) {
                    throw e;
                }
            }
        }
    }

    /** One transaction for the whole work; the pooled session returns to auto-commit (read-only) afterwards. */
    private void beginSnapshot(EndpointPool.Pooled pooled, Endpoint endpoint, String importSnapshot)
            throws SQLException {
        Connection connection = pooled.connection();
        connection.setAutoCommit(false);
        execute(connection, sql("db.session.snapshot", endpoint, pooled.version()));
        if (importSnapshot != null) {
            // the id was checked against the snapshot id pattern: it cannot carry anything but the id
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout(30);
                statement.execute("SET TRANSACTION SNAPSHOT '" + importSnapshot + "'");
            }
        }
    }

    private static void endSnapshot(EndpointPool.Pooled pooled) throws SQLException {
        Connection connection = pooled.connection();
        connection.rollback();
        connection.setAutoCommit(true);
    }

    @Override
    public <T> T transfer(Endpoint endpoint, boolean writable, String purpose, org.hisops.db.api.TransferWork<T> work,
            Cancellation cancellation) throws DatabaseException {
        refuseUiThread();
        EndpointPool pool = pools.computeIfAbsent(endpoint.id(), id -> new EndpointPool(endpoint));
        pool.update(endpoint);
        EndpointPool.Pooled pooled;
        try {
            pooled = pool.borrow(cancellation, this::open);
        } catch (BrokerException e) {
            throw exception(endpoint, e);
        }
        if (writable) {
            logger.info("Writable transfer session on endpoint {} for {}", endpoint.id(), purpose);
        }
        Connection connection = pooled.connection();
        // A COPY stream has no Statement to cancel: aborting the connection ends it on both sides.
        try (AutoCloseable hook = cancellation.onCancel(() -> abortQuietly(connection))) {
            if (writable) {
                makeWritable(pooled, endpoint);
            } else {
                begin(pooled, endpoint);
            }
            return work.run(new TransferSessionImpl(pooled, endpoint, writable));
        } catch (SQLException | java.io.IOException e) {
            SQLException sql = e instanceof SQLException s ? s : new SQLException(e.getMessage(), "08006", e);
            ProblemClassifier.Classified c = cancellation.isCancelled()
                    ? new ProblemClassifier.Classified(DbProblem.CANCELLED, null)
                    : ProblemClassifier.classify(endpoint.engine(), sql, false);
            throw new DatabaseException(c.problem(), c.serverCode(), endpoint.id(), e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e); // only the hook's close, which never throws
        } finally {
            // Always closed: the work may have left the session in any state (a transaction, a broken COPY).
            pool.release(pooled, true);
        }
    }

    private static void abortQuietly(Connection connection) {
        try {
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            // already closed: nothing left to stop
        }
    }

    /** The connection of a transfer, with the endpoint and version it belongs to. */
    private final class TransferSessionImpl implements org.hisops.db.api.TransferSession {
        private final EndpointPool.Pooled pooled;
        private final Endpoint endpoint;
        private final boolean writable;

        TransferSessionImpl(EndpointPool.Pooled pooled, Endpoint endpoint, boolean writable) {
            this.pooled = pooled;
            this.endpoint = endpoint;
            this.writable = writable;
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
        public Sql sql(String id) {
            return SessionBroker.this.sql(id, endpoint, pooled.version());
        }

        @Override
        public boolean writable() {
            return writable;
        }

        @Override
        public Connection connection() {
            return pooled.connection();
        }
    }

    private static void end(EndpointPool.Pooled pooled, Endpoint endpoint) throws SQLException {
        if (endpoint.engine() == Engine.ORACLE) {
            pooled.connection().rollback(); // ends the read-only transaction; there is never anything to keep
        }
    }

    private Sql sql(String id, Endpoint endpoint, DbVersion version) {
        return sqlResources.find(id, endpoint.engine(), version).orElseThrow(() -> new IllegalStateException(
                "no SQL resource '" + id + "' for " + endpoint.engine() + " " + version));
    }

    private static void execute(Connection connection, Sql sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(30);
            statement.execute(sql.text());
        }
    }

    private static boolean alive(Connection connection) {
        try {
            return !connection.isClosed() && connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private static DatabaseException exception(Endpoint endpoint, BrokerException e) {
        return new DatabaseException(e.problem(), e.serverCode(), endpoint.id(), e.getMessage(), e.getCause());
    }
}
