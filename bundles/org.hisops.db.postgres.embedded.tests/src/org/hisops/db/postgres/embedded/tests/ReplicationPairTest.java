package org.hisops.db.postgres.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

import org.hisops.db.postgres.embedded.EmbeddedPostgresException;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.db.postgres.embedded.ReplicationPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A primary with a streaming standby: synchronous commit, partition and heal, failover by promotion. */
class ReplicationPairTest {

    private static final Duration STREAMING = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void aRowCommittedOnASynchronousPrimaryReachesTheStandby() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(true).build()) {
            assertEquals("sync", replicationState(pair.primary(), "sync_state"));
            assertEquals("t", pair.standby().queryValue("select pg_is_in_recovery()"));

            pair.primary().execute("CREATE TABLE admission(id int primary key); INSERT INTO admission VALUES (1)");
            Eventually.await("the row on the standby",
                    () -> "1".equals(pair.standby().queryValue("select count(*) from admission")));
        }
    }

    @Test
    void aPartitionedStandbyFallsBehindAndCatchesUpAfterHealing() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(false).build()) {
            PostgresServer primary = pair.primary();
            PostgresServer standby = pair.standby();
            assertEquals("async", replicationState(primary, "sync_state"));
            primary.execute("CREATE TABLE admission(id int primary key); INSERT INTO admission VALUES (1)");
            Eventually.await("the first row on the standby", () -> "1".equals(count(standby)));

            pair.partition();
            assertTrue(pair.isPartitioned());
            Eventually.await("the standby dropped from pg_stat_replication",
                    () -> replicationState(primary, "state") == null);
            primary.execute("INSERT INTO admission SELECT generate_series(2, 100)");
            String primaryLsn = primary.queryValue("select pg_current_wal_lsn()");
            // The standby keeps retrying through the cut link; give it time to (wrongly) get through.
            Thread.sleep(3_000);
            assertEquals("1", count(standby), "rows committed during the partition stay on the primary");
            assertEquals(null, replicationState(primary, "state"), "the standby cannot reconnect while cut");
            assertTrue(lsnBehind(standby, primaryLsn), "the standby has not replayed the primary's WAL");

            pair.heal();
            pair.waitForStreaming(STREAMING);
            Eventually.await("the standby caught up", () -> "100".equals(count(standby)));
        }
    }

    @Test
    void afterThePrimaryDiesThePromotedStandbyAcceptsWrites() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(true).build()) {
            pair.primary().execute("CREATE TABLE admission(id int primary key); INSERT INTO admission VALUES (1)");
            Eventually.await("the row on the standby", () -> "1".equals(count(pair.standby())));

            pair.killPrimary();
            assertFalse(pair.primary().isRunning());
            pair.promoteStandby();

            assertEquals("f", pair.standby().queryValue("select pg_is_in_recovery()"));
            pair.standby().execute("INSERT INTO admission VALUES (2)");
            assertEquals("2", count(pair.standby()));
        }
    }

    @Test
    void aStoppedStandbyResumesStreaming() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(false).build()) {
            pair.stopStandby();
            assertFalse(pair.standby().isRunning());
            pair.primary().execute("CREATE TABLE admission(id int primary key); INSERT INTO admission VALUES (1)");
            pair.startStandby();
            pair.waitForStreaming(STREAMING);
            Eventually.await("the row on the restarted standby", () -> "1".equals(count(pair.standby())));
        }
    }

    @Test
    void aPairIsOpenedAgainOnItsFoldersInALaterRun() throws Exception {
        String password = "pair-superuser";
        int primaryPort;
        int standbyPort;
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(false).superuserPassword(password)
                .build()) {
            primaryPort = pair.primary().port();
            standbyPort = pair.standby().port();
            pair.primary().execute("CREATE TABLE admission(id int primary key); INSERT INTO admission VALUES (1)");
            Eventually.await("the first row on the standby", () -> "1".equals(count(pair.standby())));
        }
        assertTrue(ReplicationPair.exists(temp));

        // As a product restarted the next day does: same folders, same ports, a new relay.
        try (ReplicationPair pair = ReplicationPair.builder(temp).superuserPassword(password)
                .ports(primaryPort, standbyPort).open()) {
            assertEquals(primaryPort, pair.primary().port());
            assertEquals(standbyPort, pair.standby().port());
            assertFalse(pair.isSynchronous());
            assertEquals("streaming", replicationState(pair.primary(), "state"));
            assertEquals("1", count(pair.standby()), "what replicated before the restart is still there");
            pair.primary().execute("INSERT INTO admission VALUES (2)");
            Eventually.await("a row written after the restart on the standby", () -> "2".equals(count(pair.standby())));
            // The relay of this run is a new one: cutting it must cut replication.
            pair.partition();
            Eventually.await("the standby dropped after the cut", () -> replicationState(pair.primary(), "state") == null);
            pair.heal();
            pair.waitForStreaming(STREAMING);
        }
    }

    @Test
    void aSynchronousPairStaysSynchronousWhenOpenedAgain() throws Exception {
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(true).superuserPassword("s").build()) {
            pair.primary().execute("CREATE TABLE admission(id int primary key)");
        }
        try (ReplicationPair pair = ReplicationPair.builder(temp).synchronous(false).superuserPassword("s").open()) {
            assertTrue(pair.isSynchronous(), "decided when the pair was built");
            assertEquals("sync", replicationState(pair.primary(), "sync_state"));
            pair.primary().execute("INSERT INTO admission VALUES (1)");
            assertEquals("1", count(pair.standby()), "a synchronous commit is on the standby when it returns");
        }
    }

    @Test
    void aHalfBuiltOrPromotedPairIsNotOpened() throws Exception {
        assertFalse(ReplicationPair.exists(temp));
        PostgresServer.builder(temp, "primary").superuserPassword("s").build(); // a build that stopped after initdb
        assertFalse(ReplicationPair.exists(temp));
        assertThrows(EmbeddedPostgresException.class,
                () -> ReplicationPair.builder(temp).superuserPassword("s").open());
        assertThrows(EmbeddedPostgresException.class, () -> ReplicationPair.builder(temp).build(),
                "build() never builds over an existing cluster");

        Path promoted = temp.resolve("promoted");
        try (ReplicationPair pair = ReplicationPair.builder(promoted).synchronous(false).superuserPassword("s")
                .build()) {
            pair.promoteStandby();
        }
        assertFalse(ReplicationPair.exists(promoted), "a promoted standby is no standby to reconnect");
        assertThrows(IllegalStateException.class,
                () -> ReplicationPair.builder(promoted).open(), "the superuser password is required");
    }

    private static String count(PostgresServer server) {
        return server.queryValue("select count(*) from admission");
    }

    /** A column of the primary's pg_stat_replication row for the standby, or null when it is not listed. */
    private static String replicationState(PostgresServer primary, String column) throws Exception {
        try (Connection c = primary.connect("postgres");
                PreparedStatement s = c.prepareStatement(
                        "SELECT " + column + " FROM pg_stat_replication WHERE application_name = ?")) {
            s.setString(1, ReplicationPair.STANDBY_NAME);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static boolean lsnBehind(PostgresServer standby, String primaryLsn) {
        return "t".equals(standby.queryValue(
                "select coalesce(pg_last_wal_replay_lsn() < '" + primaryLsn + "'::pg_lsn, true)"));
    }
}
