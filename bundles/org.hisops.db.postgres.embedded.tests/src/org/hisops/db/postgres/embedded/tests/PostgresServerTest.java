package org.hisops.db.postgres.embedded.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One real PostgreSQL server: start, answer, refuse a wrong password, die by SIGKILL and come back. */
class PostgresServerTest {

    @TempDir
    Path temp;

    @Test
    void aServerStartsAnswersWithVersion17AndStops() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp, "single").build().start()) {
            assertTrue(server.isRunning());
            String version = server.queryValue("select version()");
            assertTrue(version.startsWith("PostgreSQL 17."), version);
            assertEquals("UTF8", server.queryValue("show server_encoding"));

            server.stop();
            assertFalse(server.isRunning());
            assertFalse(Files.exists(server.dataDirectory().resolve("postmaster.pid")), "a clean shutdown");
            String log = Files.readString(server.logFile(), StandardCharsets.UTF_8);
            assertTrue(log.contains("database system is ready to accept connections"), "the log is in its file");
        }
    }

    @Test
    void aWrongPasswordIsRefusedWith28P01() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp, "auth").build().start()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> server.connect("postgres", PostgresServer.SUPERUSER, "not-the-password").close());
            assertEquals("28P01", refused.getSQLState());
        }
    }

    @Test
    void aKilledServerRefusesConnectionsUntilRestarted() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp, "crash").build().start()) {
            server.execute("CREATE TABLE survivor(id int); INSERT INTO survivor VALUES (1)");
            long pid = Long.parseLong(Files.readAllLines(server.dataDirectory().resolve("postmaster.pid")).get(0).trim());

            server.kill();
            assertFalse(server.isRunning());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "postmaster " + pid + " is gone");
            SQLException refused = assertThrows(SQLException.class, () -> server.connect("postgres").close());
            assertTrue(refused.getSQLState() != null && refused.getSQLState().startsWith("08"),
                    "a connection error, not " + refused.getSQLState() + ": " + refused.getMessage());

            server.restart();
            assertTrue(server.isRunning());
            assertEquals("1", server.queryValue("select count(*) from survivor"), "committed data survives the crash");
        }
    }

    @Test
    void setupHelpersCreateAUserAndItsDatabase() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp, "helpers").build().start()) {
            server.createUser("his_app", "s3cret'quote");
            server.createDatabase("his", "his_app");
            try (Connection c = server.connect("his", "his_app", "s3cret'quote"); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE patient(id int primary key)");
                var rows = s.executeQuery("select current_user, current_database()");
                rows.next();
                assertEquals("his_app", rows.getString(1));
                assertEquals("his", rows.getString(2));
            }
            assertTrue(server.jdbcUrl("his").endsWith(":" + server.port() + "/his"));
        }
    }
}
