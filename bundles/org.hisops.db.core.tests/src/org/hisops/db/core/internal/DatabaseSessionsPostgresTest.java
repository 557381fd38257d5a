package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.Sql;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The session broker against a real PostgreSQL server started by the test (binaries from their Maven artifact):
 * each fault a DBA meets is told apart, sessions are read-only and bounded, and a killed server costs nothing
 * but the statement that was running.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseSessionsPostgresTest {

    private static final String PASSWORD = "his-ops-test";

    @TempDir
    static Path temp;

    private PostgresServer server;
    private DatabaseSessions sessions;
    private CredentialStore credentials;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.builder(temp.resolve("pg"), "sessions").superuserPassword("superuser-secret").build()
                .start();
        server.createUser("hisops", PASSWORD);
        server.createDatabase("his", "hisops");
        server.execute("GRANT pg_monitor TO hisops");
        BundleContext context = FrameworkUtil.getBundle(DatabaseSessionsPostgresTest.class).getBundleContext();
        sessions = context.getService(context.getServiceReference(DatabaseSessions.class));
        credentials = context.getService(context.getServiceReference(CredentialStore.class));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private Endpoint endpoint(String id, String host, int port, String database, String password) throws Exception {
        credentials.store(id, password.toCharArray());
        return Endpoint.of(id, "test", id, "HIS", Engine.POSTGRESQL, host, port, AddressKind.DATABASE, database,
                "hisops").withLimits(2, 5, 2);
    }

    private Endpoint his(String id) throws Exception {
        return endpoint(id, PostgresServer.LOOPBACK, server.port(), "his", PASSWORD);
    }

    private DatabaseException fails(Endpoint endpoint, String sql) {
        return assertThrows(DatabaseException.class, () -> sessions.read(endpoint,
                s -> s.query(Sql.generated("test", Engine.POSTGRESQL, sql), rs -> rs.getString(1)), Cancellation.none()));
    }

    @Test
    void testConnectionReportsEngineVersionModeRoleAndRoundTrip() throws Exception {
        ProbeResult r = sessions.probe(his("probe"), Cancellation.none());
        assertEquals(Engine.POSTGRESQL, r.engine());
        assertEquals(17, r.version().major());
        assertEquals("READ WRITE", r.openMode());
        assertEquals("PRIMARY", r.databaseRole());
        assertEquals("his", r.databaseName());
        assertTrue(r.roundTrip().toNanos() > 0 && r.connectTime().toNanos() > 0);
        assertTrue(r.driver().startsWith("PostgreSQL JDBC"), r.driver());
    }

    @Test
    void aWrongPasswordIs28P01() throws Exception {
        DatabaseException e = assertThrows(DatabaseException.class, () -> sessions.probe(
                endpoint("wrong", PostgresServer.LOOPBACK, server.port(), "his", "not-the-password"), Cancellation.none()));
        assertEquals(DbProblem.WRONG_PASSWORD, e.problem());
        assertEquals("28P01", e.serverCode());
        assertFalse(e.getMessage().contains("not-the-password"), "the message never holds the password");
    }

    @Test
    void anUnknownDatabaseIsAnUnknownService() throws Exception {
        DatabaseException e = assertThrows(DatabaseException.class, () -> sessions.probe(
                endpoint("nodb", PostgresServer.LOOPBACK, server.port(), "no_such_db", PASSWORD), Cancellation.none()));
        assertEquals(DbProblem.UNKNOWN_SERVICE, e.problem());
        assertEquals("3D000", e.serverCode());
    }

    @Test
    void anUnknownHostAndARefusedPortAreToldApart() throws Exception {
        DatabaseException unknown = assertThrows(DatabaseException.class, () -> sessions.probe(
                endpoint("nohost", "no-such-host.invalid", 5432, "his", PASSWORD), Cancellation.none()));
        assertEquals(DbProblem.UNKNOWN_HOST, unknown.problem());
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DatabaseException refused = assertThrows(DatabaseException.class, () -> sessions.probe(
                endpoint("refused", PostgresServer.LOOPBACK, closedPort, "his", PASSWORD), Cancellation.none()));
        assertEquals(DbProblem.CONNECTION_REFUSED, refused.problem());
    }

    @Test
    void noStoredPasswordIsSaidSo() throws Exception {
        Endpoint endpoint = his("nopassword");
        credentials.delete("nopassword");
        assertEquals(DbProblem.NO_CREDENTIALS,
                assertThrows(DatabaseException.class, () -> sessions.probe(endpoint, Cancellation.none())).problem());
    }

    @Test
    void aStatementThatOutrunsTheTimeoutIsCancelledByTheServer() throws Exception {
        DatabaseException e = fails(his("slow"), "SELECT pg_sleep(10)::text");
        assertEquals(DbProblem.TIMEOUT, e.problem());
        assertEquals("57014", e.serverCode());
    }

    @Test
    void sessionsAreReadOnly() throws Exception {
        Endpoint endpoint = his("readonly");
        DatabaseException e = fails(endpoint, "CREATE TABLE hisops_should_not_exist (i int) ");
        assertEquals(DbProblem.READ_ONLY, e.problem());
        assertEquals("25006", e.serverCode());
        assertEquals("0", server.queryValue("his",
                "SELECT count(*) FROM pg_class WHERE relname = 'hisops_should_not_exist'"));
        assertEquals("on", sessions.read(endpoint, s -> s.queryFirst(Sql.generated("t", Engine.POSTGRESQL,
                "SHOW transaction_read_only"), rs -> rs.getString(1)).orElseThrow(), Cancellation.none()));
    }

    @Test
    void aWritableSessionChangesOnlyInsideItsActionAndIsNeverPooledForReaders() throws Exception {
        Endpoint endpoint = his("writable");
        server.execute("his", "CREATE TABLE IF NOT EXISTS marker (id int)");
        server.execute("his", "GRANT ALL ON marker TO hisops");
        sessions.change(endpoint, "test", s -> {
            s.execute("INSERT INTO marker VALUES (1)");
            return null;
        }, Cancellation.none());
        assertEquals("1", server.queryValue("his", "SELECT count(*) FROM marker"));
        assertEquals(0, sessions.openSessions(endpoint.id()), "the writable session was closed, not pooled");
        // A reader right after gets a read-only session again.
        DatabaseException e = fails(endpoint, "INSERT INTO marker VALUES (2) RETURNING id");
        assertEquals(DbProblem.READ_ONLY, e.problem());
        assertEquals("1", server.queryValue("his", "SELECT count(*) FROM marker"));
    }

    @Test
    void aTransactionCommitsItsStatementsTogether() throws Exception {
        Endpoint endpoint = his("tx-commit");
        ledger("ledger_commit");
        int[] inside = new int[1];
        sessions.change(endpoint, "test", s -> s.inTransaction(t -> {
            t.execute("INSERT INTO ledger_commit VALUES (1, 10)");
            t.execute("INSERT INTO ledger_commit VALUES (2, 20)");
            // not visible to another session before the commit
            inside[0] = Integer.parseInt(server.queryValue("his", "SELECT count(*) FROM ledger_commit"));
            return null;
        }), Cancellation.none());
        assertEquals(0, inside[0], "the rows were committed before the work ended");
        assertEquals("2", server.queryValue("his", "SELECT count(*) FROM ledger_commit"));
    }

    @Test
    void aFailingThirdStatementRollsTheFirstTwoBack() throws Exception {
        Endpoint endpoint = his("tx-fail");
        ledger("ledger_fail");
        server.execute("his", "INSERT INTO ledger_fail VALUES (1, 10)");
        DatabaseException e = assertThrows(DatabaseException.class, () -> sessions.change(endpoint, "test",
                s -> s.inTransaction(t -> {
                    t.execute("UPDATE ledger_fail SET amount = 11 WHERE id = 1");
                    t.execute("INSERT INTO ledger_fail VALUES (2, 20)");
                    t.execute("INSERT INTO ledger_fail VALUES (3, -1)"); // the CHECK refuses it
                    return null;
                }), Cancellation.none()));
        assertEquals("23514", e.serverCode());
        assertEquals("1", server.queryValue("his", "SELECT count(*) FROM ledger_fail"));
        assertEquals("10", server.queryValue("his", "SELECT amount FROM ledger_fail WHERE id = 1"));
        assertEquals(0, sessions.openSessions(endpoint.id()));
    }

    @Test
    void aCancelBetweenStatementsRollsBackWhatRan() throws Exception {
        Endpoint endpoint = his("tx-cancel");
        ledger("ledger_cancel");
        Cancellation cancellation = new Cancellation();
        DatabaseException e = assertThrows(DatabaseException.class, () -> sessions.change(endpoint, "test",
                s -> s.inTransaction(t -> {
                    t.execute("INSERT INTO ledger_cancel VALUES (1, 10)");
                    cancellation.cancel(); // as the user pressing Stop between two statements
                    t.execute("INSERT INTO ledger_cancel VALUES (2, 20)");
                    return null;
                }), cancellation));
        assertEquals(DbProblem.CANCELLED, e.problem());
        assertEquals("0", server.queryValue("his", "SELECT count(*) FROM ledger_cancel"));
    }

    @Test
    void aCancelAfterTheLastStatementStillRollsBack() throws Exception {
        Endpoint endpoint = his("tx-cancel-late");
        ledger("ledger_late");
        Cancellation cancellation = new Cancellation();
        assertThrows(DatabaseException.class, () -> sessions.change(endpoint, "test", s -> s.inTransaction(t -> {
            t.execute("INSERT INTO ledger_late VALUES (1, 10)");
            cancellation.cancel();
            return null;
        }), cancellation));
        assertEquals("0", server.queryValue("his", "SELECT count(*) FROM ledger_late"));
    }

    @Test
    void transactionsDoNotNest() throws Exception {
        Endpoint endpoint = his("tx-nest");
        assertThrows(IllegalStateException.class, () -> sessions.change(endpoint, "test",
                s -> s.inTransaction(t -> t.inTransaction(u -> null)), Cancellation.none()));
    }

    private void ledger(String table) throws Exception {
        server.execute("his", "CREATE TABLE IF NOT EXISTS " + table
                + " (id int PRIMARY KEY, amount int CHECK (amount >= 0))");
        server.execute("his", "GRANT ALL ON " + table + " TO hisops");
    }

    @Test
    void neverMoreSessionsThanTheLimitWhateverRuns() throws Exception {
        Endpoint endpoint = his("limit").withLimits(2, 30, 30);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        AtomicInteger maxSeen = new AtomicInteger();
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            futures.add(pool.submit(() -> sessions.read(endpoint, s -> {
                maxSeen.accumulateAndGet(sessions.openSessions("limit"), Math::max);
                // Counted by the server itself while this session sleeps, so every holder is seen.
                String onServer = s.queryFirst(Sql.generated("t", Engine.POSTGRESQL, "SELECT (SELECT count(*) "
                        + "FROM pg_stat_activity WHERE application_name = 'HisOps' AND usename = 'hisops' "
                        + "AND datname = 'his')::text FROM pg_sleep(0.1)"), rs -> rs.getString(1)).orElseThrow();
                return onServer;
            }, Cancellation.none())));
        }
        int maxOnServer = 0;
        for (Future<String> f : futures) {
            maxOnServer = Math.max(maxOnServer, Integer.parseInt(f.get(60, TimeUnit.SECONDS)));
        }
        pool.shutdown();
        assertTrue(maxSeen.get() <= 2, "the broker held " + maxSeen.get() + " sessions");
        assertTrue(maxOnServer <= 2, "the server saw " + maxOnServer + " HisOps sessions");
        assertTrue(maxOnServer >= 1);
    }

    @Test
    void cancellingStopsARunningStatementAtOnce() throws Exception {
        Endpoint endpoint = his("cancel").withLimits(2, 5, 60);
        Cancellation cancellation = new Cancellation();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Object> running = pool.submit(() -> sessions.read(endpoint, s -> s.query(
                Sql.generated("t", Engine.POSTGRESQL, "SELECT pg_sleep(30)::text"), rs -> rs.getString(1)), cancellation));
        Thread.sleep(500);
        long t0 = System.nanoTime();
        cancellation.cancel();
        java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> running.get(20, TimeUnit.SECONDS));
        assertEquals(DbProblem.CANCELLED, ((DatabaseException) e.getCause()).problem());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(20));
        pool.shutdown();
    }

    @Test
    void aServerKilledMidQueryIsAConnectionLostAndTheNextCallReconnects() throws Exception {
        PostgresServer victim = PostgresServer.builder(temp.resolve("victim"), "victim").superuserPassword("s").build()
                .start();
        try {
            victim.createUser("hisops", PASSWORD);
            victim.createDatabase("his", "hisops");
            Endpoint endpoint = endpoint("victim", PostgresServer.LOOPBACK, victim.port(), "his", PASSWORD)
                    .withLimits(2, 5, 60);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<Object> running = pool.submit(() -> sessions.read(endpoint, s -> s.query(
                    Sql.generated("t", Engine.POSTGRESQL, "SELECT pg_sleep(30)::text"), rs -> rs.getString(1)),
                    Cancellation.none()));
            Thread.sleep(700);
            victim.kill();
            java.util.concurrent.ExecutionException e = assertThrows(java.util.concurrent.ExecutionException.class,
                    () -> running.get(30, TimeUnit.SECONDS));
            assertEquals(DbProblem.CONNECTION_LOST, ((DatabaseException) e.getCause()).problem(),
                    String.valueOf(e.getCause()));
            pool.shutdown();
            victim.start();
            assertEquals("READ WRITE", sessions.probe(endpoint, Cancellation.none()).openMode());
        } finally {
            victim.close();
        }
    }

    @Test
    void aStreamingStandbyIsReportedAsStandby() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp.resolve("pair")).synchronous(false).build()) {
            pair.waitForStreaming(java.time.Duration.ofSeconds(60));
            pair.primary().createUser("hisops", PASSWORD);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!"1".equals(pair.standby().queryValue("SELECT count(*) FROM pg_roles WHERE rolname = 'hisops'"))) {
                assertTrue(System.nanoTime() < deadline, "the new role never reached the standby");
                Thread.sleep(50); // asynchronous: the standby replays the CREATE ROLE a moment later
            }
            Endpoint standby = endpoint("standby", PostgresServer.LOOPBACK, pair.standby().port(), "postgres", PASSWORD);
            ProbeResult r = sessions.probe(standby, Cancellation.none());
            assertEquals("STANDBY", r.databaseRole());
            assertEquals("READ ONLY (HOT STANDBY)", r.openMode());
        }
    }
}
