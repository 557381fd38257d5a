package org.hisops.db.postgres.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the shutdown hook does with servers still running when the JVM ends. */
class LeftoverServersTest {

    @TempDir
    Path temp;

    @Test
    void leftoverServersAreShutDownCleanlySoAKeptClusterNeedsNoRecovery() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp, "leftover").superuserPassword("s").build().start()) {
            server.execute("CREATE TABLE kept(id int); INSERT INTO kept VALUES (1)");

            LeftoverServers.killAll(); // what the hook runs

            assertFalse(server.isRunning());
            String log = Files.readString(server.logFile());
            assertTrue(log.contains("received fast shutdown request"), log);
            assertTrue(log.contains("database system is shut down"), log);

            server.start();
            String restart = Files.readString(server.logFile()).substring(log.length());
            assertFalse(restart.contains("automatic recovery in progress"), restart);
            assertTrue("1".equals(server.queryValue("SELECT count(*) FROM kept")));
        }
    }
}
